// A value on the judge's own scale, one button per choice (the number keys and y / n press them too).
import type { LabelValue } from '../../../../shared/review';
import { sameVerdict, type Polarity } from '../../../../shared/verdict-value';
import { choicesOf } from '../../store/review-values';

interface Props {
  /** The judge's scale and polarity: a chosen value is the button giving the same answer. */
  judge: Polarity;
  value: LabelValue | null;
  onValue(value: LabelValue): void;
}

export function ValueChoices({ judge, value, onValue }: Props) {
  return (
    <div className="value-choices" role="group" aria-label="Your value">
      {choicesOf(judge.outputType).map((choice) => {
        const chosen = value !== null && sameVerdict(value, choice.value, judge);
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
