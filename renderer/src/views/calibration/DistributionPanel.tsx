// What the judge says against what the humans say, value by value, and the audit tags reviewers put
// on the judge's justifications most often.
import { Bar, BarChart, CartesianGrid, Legend, Tooltip, XAxis, YAxis } from 'recharts';
import { useShallow } from 'zustand/react/shallow';
import { AUDIT_TAG_LABELS } from '../../format/review';
import { useGavel } from '../../store/store-context';

const CHART = { width: 480, height: 220 };

const tagLabel = (tag: string): string =>
  tag in AUDIT_TAG_LABELS ? AUDIT_TAG_LABELS[tag as keyof typeof AUDIT_TAG_LABELS] : tag;

export function DistributionPanel() {
  const { overview } = useGavel(useShallow((s) => ({ overview: s.calibration.overview })));
  if (!overview) return null;
  const { distribution, auditTags } = overview;
  return (
    <section className="calibration-panel" aria-labelledby="distribution-title" data-testid="calibration-distribution">
      <h2 id="distribution-title">Judge vs humans</h2>
      <div className="distribution-layout">
        <div>
          {distribution.length > 0 && (
            <div className="chart" aria-hidden="true">
              <BarChart {...CHART} data={distribution} margin={{ top: 8, right: 16, bottom: 8, left: 0 }}>
                <CartesianGrid strokeDasharray="3 3" stroke="var(--border)" />
                <XAxis dataKey="value" stroke="var(--muted)" />
                <YAxis allowDecimals={false} stroke="var(--muted)" />
                <Tooltip />
                <Legend />
                <Bar dataKey="judge" name="Judge" fill="var(--accent)" isAnimationActive={false} />
                <Bar dataKey="human" name="Humans" fill="var(--pass)" isAnimationActive={false} />
              </BarChart>
            </div>
          )}
          <table className="list-table compact" data-testid="distribution-table">
            <caption className="visually-hidden">How often the judge and the humans gave each value</caption>
            <thead>
              <tr>
                <th scope="col">Value</th>
                <th scope="col" className="number">
                  Judge
                </th>
                <th scope="col" className="number">
                  Humans
                </th>
              </tr>
            </thead>
            <tbody>
              {distribution.map((row) => (
                <tr key={row.value}>
                  <th scope="row">{row.value}</th>
                  <td className="number">{row.judge}</td>
                  <td className="number">{row.human}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <div data-testid="calibration-tags">
          <h3>Most frequent audit tags</h3>
          {auditTags.length === 0 ? (
            <p className="muted small">No reviewer has tagged this judge’s justifications yet.</p>
          ) : (
            <ol className="tag-counts">
              {auditTags.map(({ tag, count }) => (
                <li key={tag}>
                  <span>{tagLabel(tag)}</span> <span className="badge">{count}</span>
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
    </section>
  );
}
