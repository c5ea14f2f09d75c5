// One example of the few-shot set: what was asked and answered (excerpts), the humans' verdict, the
// rationale to reword, and moving it up, down or out of the set with the keyboard.
import { useShallow } from 'zustand/react/shallow';
import type { FewShotExample } from '../../../../shared/judging';
import { Field } from '../../components/Field';
import { singleLine } from '../../format/text';
import { useGavel } from '../../store/store-context';
import { exampleVerdict } from './example-verdict';

interface Props {
  example: FewShotExample;
  index: number;
  count: number;
  itemKey: string | null;
  suggested: boolean;
}

export function FewShotExampleCard({ example, index, count, itemKey, suggested }: Props) {
  const { remove, reword, move } = useGavel(
    useShallow((s) => ({
      remove: s.removeFewShotExample,
      reword: s.rewordFewShotExample,
      move: s.moveFewShotExample,
    })),
  );
  const name = `example ${index + 1}${itemKey ? ` (${itemKey})` : ''}`;
  return (
    <li
      className="fewshot-card"
      data-testid="fewshot-example"
      data-item-id={example.itemId ?? ''}
      data-key={itemKey ?? ''}
    >
      <div className="fewshot-card-header">
        <span className="strong">
          {index + 1}. {itemKey ?? 'Example'}
        </span>
        {suggested && <span className="badge">suggested</span>}
        <span className={example.pass === false ? 'badge tone-fail' : example.pass ? 'badge tone-pass' : 'badge'}>
          Humans: {exampleVerdict(example)}
        </span>
        <span className="push-right fewshot-card-actions">
          <button
            type="button"
            className="quiet"
            aria-label={`Move ${name} up`}
            data-testid="fewshot-up"
            disabled={index === 0}
            onClick={() => move(index, -1)}
          >
            ↑
          </button>
          <button
            type="button"
            className="quiet"
            aria-label={`Move ${name} down`}
            data-testid="fewshot-down"
            disabled={index === count - 1}
            onClick={() => move(index, 1)}
          >
            ↓
          </button>
          <button
            type="button"
            className="quiet"
            aria-label={`Remove ${name}`}
            data-testid="fewshot-remove"
            onClick={() => remove(index)}
          >
            Remove
          </button>
        </span>
      </div>
      <dl className="fewshot-excerpts small">
        <dt>Request</dt>
        <dd>{singleLine(example.request, 240) || '—'}</dd>
        <dt>Response</dt>
        <dd>{singleLine(example.response, 240) || '—'}</dd>
      </dl>
      <Field label="Rationale the judge will read">
        <textarea
          data-testid="fewshot-rationale"
          rows={3}
          value={example.justification}
          aria-invalid={example.justification.trim() === '' ? 'true' : undefined}
          onChange={(event) => reword(index, event.target.value)}
        />
      </Field>
    </li>
  );
}
