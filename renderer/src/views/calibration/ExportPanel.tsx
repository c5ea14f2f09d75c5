// Exporting the judge's few-shot set (or its human scores) in the format another tool reads, saved
// as a file with the count of records it holds.
import type { Ref } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { EXPORT_FORMATS } from '../../../../shared/contract';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';
import { plural } from '../../format/text';
import type { ExportFormat } from '../../../../shared/contract';
import { useGavel } from '../../store/store-context';
import { EXPORT_FORMAT_LABELS } from './export-formats';
import { saveFile } from '../../components/save-file';

export function ExportPanel({ ref }: { ref?: Ref<HTMLElement> }) {
  const { state, judge, edit, build } = useGavel(
    useShallow((s) => ({ state: s.exportPanel, judge: s.calibration.judge, edit: s.editExport, build: s.buildExport })),
  );
  const { format, maxExamples, building, built, error } = state;
  const exportFile = async () => {
    const file = await build();
    if (file) saveFile(file);
  };
  return (
    <section ref={ref} className="calibration-panel" aria-labelledby="export-title" data-testid="export-panel">
      <h2 id="export-title">Export {judge}</h2>
      <p className="muted small">
        Few-shot formats hold the curated set (or Gavel’s suggestions when none is saved); score and report formats hold
        every item with a human decision.
      </p>
      <div className="form-row">
        <Field label="Format" className="grow">
          <select
            data-testid="export-format"
            value={format}
            onChange={(event) => edit({ format: event.target.value as ExportFormat })}
          >
            {EXPORT_FORMATS.map((name) => (
              <option key={name} value={name}>
                {EXPORT_FORMAT_LABELS[name]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Examples at most">
          <NumberInput className="narrow" value={maxExamples} onValue={(value) => edit({ maxExamples: value ?? 5 })} />
        </Field>
        <button
          type="button"
          className="primary"
          data-testid="export-build"
          disabled={building}
          onClick={() => void exportFile()}
        >
          {building ? 'Exporting…' : 'Export'}
        </button>
      </div>
      {built && (
        <p role="status" data-testid="export-result">
          Saved {built.fileName}: {plural(built.records, 'record')}.
        </p>
      )}
      {error && <ErrorAlert error={error} testId="export-error" />}
    </section>
  );
}
