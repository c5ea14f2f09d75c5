// A value on the judge's own scale, one button per choice (the number keys and y / n press them too).
import type { OutputType } from '../../../../shared/domain';
import type { LabelValue } from '../../../../shared/review';
import { choicesOf, sameVerdict } from '../../store/review-values';

interface Props {
  outputType: OutputType;
  value: LabelValue | null;
  onValue(value: LabelValue): void;
}

export function ValueChoices({ outputType, value, onValue }: Props) {
  return (
    <div className="value-choices" role="group" aria-label="Your value">
      {choicesOf(outputType).map((choice) => {
        const chosen = value !== null && sameVerdict(value, choice.value, outputType);
        return (
          <button
            key={choice.key}
            type="button"
            data-testid="verdict-value"
            data-value={choice.key}
            aria-pressed={chosen}
            className={chosen ? 'choice chosen' : 'choice'}
            onClick={() => onValue(choice.value)}
          >
            {choice.text}
          </button>
        );
      })}
    </div>
  );
}
