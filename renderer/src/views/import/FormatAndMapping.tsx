// How Gavel reads the file: its format (detected, or chosen) and, for tabular formats, which
// column feeds which Gavel field. Every change is re-inspected by the main process.
import { useShallow } from 'zustand/react/shallow';
import { IMPORT_FORMATS, ITEM_FIELDS, type ImportFormat } from '../../../../shared/domain';
import { FIELD_LABELS, FORMAT_LABELS } from '../../format/labels';
import { useGavel } from '../../store/store-context';

const NOT_MAPPED = '';

export function FormatAndMapping() {
  const { format, preview, busy, setImportFormat, setImportMapping } = useGavel(
    useShallow((s) => ({
      format: s.importWizard.format,
      preview: s.importWizard.preview,
      busy: s.importWizard.busy,
      setImportFormat: s.setImportFormat,
      setImportMapping: s.setImportMapping,
    })),
  );

  return (
    <div className="format-mapping">
      <label className="field">
        <span className="field-label">
          Format {preview?.detected && preview.format === format && <span className="muted">(detected)</span>}
        </span>
        <select
          data-testid="import-format"
          value={format ?? ''}
          disabled={busy}
          onChange={(event) => void setImportFormat((event.target.value || null) as ImportFormat | null)}
        >
          {format === null && <option value="">Detect automatically</option>}
          {IMPORT_FORMATS.map((name) => (
            <option key={name} value={name}>
              {FORMAT_LABELS[name]}
            </option>
          ))}
        </select>
      </label>
      {preview?.mappable && (
        <fieldset className="mapping" disabled={busy}>
          <legend>Columns</legend>
          {ITEM_FIELDS.map((field) => (
            <label key={field} className="field">
              <span className="field-label">{FIELD_LABELS[field]}</span>
              <select
                data-testid={`import-mapping-${field}`}
                value={preview.mapping[field] ?? NOT_MAPPED}
                onChange={(event) => void setImportMapping(field, event.target.value || null)}
              >
                <option value={NOT_MAPPED}>— not mapped —</option>
                {preview.columns.map((column) => (
                  <option key={column} value={column}>
                    {column}
                  </option>
                ))}
              </select>
            </label>
          ))}
        </fieldset>
      )}
    </div>
  );
}
