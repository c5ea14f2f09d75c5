// Model prices in US dollars per million tokens, edited in place. Enter saves.
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { ModelPrice } from '../../../../shared/judging';
import { ErrorAlert } from '../../components/ErrorAlert';
import { NumberInput } from '../../components/NumberInput';
import { useGavel } from '../../store/store-context';

interface PriceRow {
  model: string;
  input: number | null;
  output: number | null;
}

const complete = (row: PriceRow): row is ModelPrice =>
  row.model.trim() !== '' && row.input !== null && row.input >= 0 && row.output !== null && row.output >= 0;

export function PricesPanel() {
  const { prices, save, edited } = useGavel(
    useShallow((s) => ({ prices: s.prices, save: s.savePrices, edited: s.pricesEdited })),
  );
  const [rows, setRows] = useState<PriceRow[]>(prices.list);
  const [shown, setShown] = useState(prices.list);
  // Loaded or saved prices replace the table's rows.
  if (prices.list !== shown) {
    setShown(prices.list);
    setRows(prices.list);
  }

  const change = (index: number, changes: Partial<PriceRow>) => {
    setRows(rows.map((row, at) => (at === index ? { ...row, ...changes } : row)));
    edited();
  };
  // Rows left entirely blank are dropped; half-filled ones must be finished first.
  const filled = rows.filter((row) => row.model.trim() !== '' || row.input !== null || row.output !== null);
  const ready = filled.every(complete);

  return (
    <section className="settings-panel" aria-labelledby="prices-title">
      <div className="section-header">
        <h2 id="prices-title">Prices</h2>
      </div>
      <p className="muted small">
        US dollars per million tokens. Run estimates and costs use them; models without a price count as free and are
        flagged.
      </p>
      {prices.error && <ErrorAlert error={prices.error} testId="prices-error" />}
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready) void save(filled.filter(complete).map((row) => ({ ...row, model: row.model.trim() })));
        }}
      >
        <table className="list-table compact prices-table" data-testid="prices-table">
          <thead>
            <tr>
              <th scope="col">Model</th>
              <th scope="col" className="number">
                Input $ / 1M tokens
              </th>
              <th scope="col" className="number">
                Output $ / 1M tokens
              </th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} data-testid="price-row">
                <td>
                  <input
                    type="text"
                    className="mono"
                    aria-label="Model"
                    data-testid="price-model"
                    value={row.model}
                    onChange={(event) => change(index, { model: event.target.value })}
                  />
                </td>
                <td className="number">
                  <NumberInput
                    aria-label={`Input price of ${row.model || 'this model'}`}
                    data-testid="price-input"
                    optional
                    min={0}
                    step="any"
                    value={row.input}
                    onValue={(input) => change(index, { input })}
                  />
                </td>
                <td className="number">
                  <NumberInput
                    aria-label={`Output price of ${row.model || 'this model'}`}
                    data-testid="price-output"
                    optional
                    min={0}
                    step="any"
                    value={row.output}
                    onValue={(output) => change(index, { output })}
                  />
                </td>
                <td className="actions">
                  <button
                    type="button"
                    className="quiet"
                    aria-label={`Remove ${row.model || 'this row'}`}
                    onClick={() => {
                      setRows(rows.filter((_, at) => at !== index));
                      edited();
                    }}
                  >
                    Remove
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <div className="form-actions">
          <button
            type="button"
            data-testid="price-add"
            onClick={() => setRows([...rows, { model: '', input: null, output: null }])}
          >
            Add row
          </button>
          <button type="submit" className="primary" data-testid="prices-save" disabled={!ready || prices.saving}>
            {prices.saving ? 'Saving…' : 'Save prices'}
          </button>
          {!ready && <span className="muted small">Each row needs a model and both prices.</span>}
          {prices.saved && (
            <span className="tone-pass" role="status">
              Saved.
            </span>
          )}
        </div>
      </form>
    </section>
  );
}
