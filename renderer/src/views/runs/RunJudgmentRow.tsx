// One judgment: its verdict and a line of its justification; expanded, the whole justification and,
// for a failure, the error and the model's raw reply exactly as received.
import { useState } from 'react';
import type { RunJudgmentRow as Judgment } from '../../../../shared/contract';
import { SafeMarkdown } from '../../components/SafeMarkdown';
import { formatCost, formatCount, formatLatency } from '../../format/numbers';
import { singleLine } from '../../format/text';
import { describeOutputType, verdictOnScale, verdictTone } from '../../format/verdict';

/** A cell's worth of text: the rest is a click away. */
const PREVIEW_LENGTH = 140;

export function RunJudgmentRow({ row }: { row: Judgment }) {
  const [open, setOpen] = useState(false);
  const failed = row.status === 'error';
  const summary = failed ? row.error : row.justification;
  const expandable = summary !== null || row.raw !== null;

  return (
    <tbody data-testid="run-judgment-row" data-status={row.status} data-item-key={row.itemKey} data-judge={row.judge}>
      <tr>
        <td className="mono-cell nowrap">{row.itemKey}</td>
        <td className="nowrap">
          {row.judge} <span className="muted">v{row.version}</span>
        </td>
        <td>
          <span
            className={`badge tone-${verdictTone(row)}`}
            data-testid="run-judgment-verdict"
            title={describeOutputType(row.outputType)}
          >
            {row.status === 'done' ? verdictOnScale(row, row.outputType) : failed ? 'error' : row.status}
          </span>
        </td>
        <td className={failed ? 'tone-error' : undefined}>{singleLine(summary, PREVIEW_LENGTH)}</td>
        <td className="number nowrap">{row.latencyMs === null ? '—' : formatLatency(row.latencyMs)}</td>
        <td className="number nowrap">
          {row.inputTokens === null ? '—' : formatCount(row.inputTokens + (row.outputTokens ?? 0))}
        </td>
        <td className="number nowrap">{row.cost === null ? '—' : formatCost(row.cost)}</td>
        <td className="actions">
          {expandable && (
            <button
              type="button"
              className="quiet"
              data-testid="run-judgment-expand"
              aria-expanded={open}
              aria-label={open ? 'Hide details' : 'Show details'}
              onClick={() => setOpen(!open)}
            >
              {open ? '▾' : '▸'}
            </button>
          )}
        </td>
      </tr>
      {open && (
        <tr className="sub-row">
          <td colSpan={8}>
            <div className="judgment-details">
              {failed && row.error !== null && (
                <div className="judgment-error">
                  <span className="strong">Error</span>
                  <pre className="raw-text" data-testid="run-judgment-error">
                    {row.error}
                  </pre>
                </div>
              )}
              {row.justification !== null && <SafeMarkdown text={row.justification} />}
              {row.raw !== null && (
                <details open={failed}>
                  <summary>Raw output</summary>
                  <pre className="raw-text raw-output" data-testid="run-judgment-raw">
                    {row.raw}
                  </pre>
                </details>
              )}
              <p className="muted small">
                {row.attempts} {row.attempts === 1 ? 'attempt' : 'attempts'}
                {row.inputTokens !== null &&
                  ` · ${formatCount(row.inputTokens)} tokens in, ${formatCount(row.outputTokens ?? 0)} out`}
              </p>
            </div>
          </td>
        </tr>
      )}
    </tbody>
  );
}
