// "Audit this judge…": the owner picks how many times each item is judged again, how many items and
// the sample's seed; the estimate of what that sends and costs comes first, the audit only runs on
// confirmation, and its progress shows until the summary above refreshes with the new findings.
import { useState, type ChangeEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { formatCost } from '../../format/numbers';
import { can } from '../../store/slices/shell/access';
import { useGavel } from '../../store/store-context';

function AuditEstimateLine() {
  const { estimate, running, progress, run, cancel } = useGavel(
    useShallow((s) => ({
      estimate: s.auditRun.estimate,
      running: s.auditRun.running,
      progress: s.auditRun.progress,
      run: s.runAudit,
      cancel: s.cancelAudit,
    })),
  );
  if (!estimate) return null;
  const unpriced = estimate.unpricedModels.length > 0 ? ` (no price for ${estimate.unpricedModels.join(', ')})` : '';
  return (
    <div data-testid="audit-estimate">
      <p>
        {estimate.judge} v{estimate.version} on {estimate.dataset}: {estimate.sample} items × {estimate.repeats}{' '}
        repeats: {estimate.requests} requests to {estimate.model ?? 'the model'}, about {estimate.inputTokens} input and{' '}
        {estimate.outputTokens} output tokens, {formatCost(estimate.cost)}
        {unpriced}. Nothing is answered from the cache.
      </p>
      {progress ? (
        <p role="status" data-testid="audit-progress">
          Judged {progress.done} of {progress.total}, {formatCost(progress.cost)} so far…
        </p>
      ) : (
        <p className="form-actions">
          <button type="button" disabled={running} onClick={() => void run()} data-testid="audit-run">
            Run the audit
          </button>
          <button type="button" disabled={running} onClick={cancel}>
            Cancel
          </button>
        </p>
      )}
    </div>
  );
}

export function AuditForm() {
  const { allowed, datasetId, estimating, running, error, estimateAudit, cancel } = useGavel(
    useShallow((s) => ({
      cancel: s.cancelAudit,
      allowed: can(s, 'trust.audit'),
      datasetId: s.trust.datasetId,
      estimating: s.auditRun.estimating,
      running: s.auditRun.running,
      error: s.auditRun.error,
      estimateAudit: s.estimateAudit,
    })),
  );
  const [open, setOpen] = useState(false);
  const [params, setParams] = useState({ repeats: 3, sample: 20, seed: 1 });
  if (!allowed || datasetId === null) return null;
  const number = (key: keyof typeof params) => ({
    value: params[key],
    onChange: (event: ChangeEvent<HTMLInputElement>) => setParams({ ...params, [key]: Number(event.target.value) }),
  });
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)} data-testid="audit-open">
        Audit this judge…
      </button>
    );
  }
  return (
    <form
      className="audit-form"
      data-testid="audit-form"
      onSubmit={(event) => {
        event.preventDefault();
        void estimateAudit(params);
      }}
    >
      <Field label="Repeats per item" hint="2 to 20">
        <input type="number" {...number('repeats')} min={2} max={20} required data-testid="audit-repeats" />
      </Field>
      <Field label="Items sampled">
        <input type="number" {...number('sample')} min={1} max={10000} required data-testid="audit-sample" />
      </Field>
      <Field label="Seed">
        <input type="number" {...number('seed')} step={1} required data-testid="audit-seed" />
      </Field>
      <p className="form-actions">
        <button type="submit" disabled={estimating || running} data-testid="audit-estimate-button">
          Estimate the cost
        </button>
        <button
          type="button"
          disabled={running}
          onClick={() => {
            cancel();
            setOpen(false);
          }}
          data-testid="audit-close"
        >
          Close
        </button>
      </p>
      {error && <ErrorAlert error={error} testId="audit-error" />}
      <AuditEstimateLine />
    </form>
  );
}
