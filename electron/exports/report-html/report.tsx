/** @jsxRuntime automatic @jsxImportSource react */
// (The pragma on each of these .tsx files: tsx, which runs the CLI from source, reads the root
// tsconfig, which has no JSX setting of its own.)
// The agreement report of one judge version as one self-contained HTML page: the numbers with their
// 95% intervals, confusion matrices, judge vs human distribution, the Trust section and every item.
//
// Figures are plain SVG elements drawn here and rendered with react-dom/server. Recharts was the
// first choice, but Recharts 3 renders only an empty wrapper <div> on the server (it lays charts out
// in effects, which never run there: recharts/recharts#5997, #6139; checked on 3.10.1). React
// escapes every string it renders, so untrusted item text stays text.
import { renderToStaticMarkup } from 'react-dom/server';
import type { ExportData } from '../export-data';
import { ConfusionMatrix } from './confusion-matrix';
import { DistributionChart } from './distribution-chart';
import { ItemsTable } from './items-table';
import { StatsTable } from './stats-table';
import { TrustSection } from './trust-section';
import { REPORT_CSS } from './style';
import { distribution, valueName, valueOrder } from './values';

function Report({ data }: { data: ExportData }) {
  const { judge, stats, rows } = data;
  const { tp, fp, fn, tn } = stats.binary.confusion;
  // Pass is the positive class: tp = both pass, fp = judge pass / humans fail, fn = judge fail / humans pass.
  const binary: Record<string, number> = { 'pass/pass': tp, 'pass/fail': fp, 'fail/pass': fn, 'fail/fail': tn };
  const values = valueOrder(judge.outputType, rows);
  const title = `Agreement of ${judge.name} v${judge.version} with the humans`;
  const humans =
    'reviewer' in stats.humans
      ? `reviewer ${stats.humans.reviewer}`
      : `consensus of ${stats.humans.consensus.join(', ')}`;
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        {/* Nothing may load from anywhere: the page is read offline and may hold confidential text. */}
        <meta httpEquiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'" />
        <title>{title}</title>
        <style dangerouslySetInnerHTML={{ __html: REPORT_CSS }} />
      </head>
      <body>
        <h1>{title}</h1>
        <p>
          {stats.n} items compared with the {humans}; exported {data.exportedAt}.
        </p>
        {stats.warning && <p className="warning">{stats.warning}</p>}
        <h2>Agreement</h2>
        <StatsTable stats={stats} />
        <h2>Where they differ</h2>
        <div className="figures">
          <ConfusionMatrix title="Pass / fail" values={['pass', 'fail']} count={(j, h) => binary[`${j}/${h}`] ?? 0} />
          {judge.outputType.kind !== 'pass_fail' && (
            <ConfusionMatrix
              title={judge.outputType.kind === 'scale' ? 'Scores' : 'Categories'}
              values={values}
              count={(j, h) =>
                rows.filter(
                  (r) => valueName(judge.outputType, r.verdict) === j && valueName(judge.outputType, r.human) === h,
                ).length
              }
            />
          )}
          <DistributionChart bars={distribution(judge.outputType, values, rows)} />
        </div>
        <TrustSection stats={stats} trust={data.trust} passRate={judge.outputType.kind === 'pass_fail'} />
        <h2>Items</h2>
        <ItemsTable outputType={judge.outputType} rows={rows} />
      </body>
    </html>
  );
}

export function reportHtml(data: ExportData): string {
  return `<!DOCTYPE html>\n${renderToStaticMarkup(<Report data={data} />)}\n`;
}
