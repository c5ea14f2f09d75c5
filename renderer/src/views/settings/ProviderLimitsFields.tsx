// How hard Gavel may push a provider: parallel requests, rate limits, timeout and retries.
import type { ProviderLimits } from '../../../../shared/judging';
import { Field } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';

interface Props {
  limits: ProviderLimits;
  onLimits(limits: ProviderLimits): void;
}

export function ProviderLimitsFields({ limits, onLimits }: Props) {
  const set = (changes: Partial<ProviderLimits>) => onLimits({ ...limits, ...changes });
  return (
    <fieldset className="form-group">
      <legend>Limits</legend>
      <div className="form-row">
        <Field label="Concurrent requests">
          <NumberInput
            className="narrow"
            data-testid="provider-concurrency"
            required
            min={1}
            max={256}
            step={1}
            value={limits.concurrency}
            onValue={(concurrency) => set({ concurrency: concurrency ?? limits.concurrency })}
          />
        </Field>
        <Field label="Requests / minute" hint="Empty: no limit.">
          <NumberInput
            className="narrow"
            data-testid="provider-rpm"
            optional
            min={1}
            step={1}
            value={limits.rpm}
            onValue={(rpm) => set({ rpm })}
          />
        </Field>
        <Field label="Tokens / minute" hint="Empty: no limit.">
          <NumberInput
            className="narrow"
            data-testid="provider-tpm"
            optional
            min={1}
            step={1}
            value={limits.tpm}
            onValue={(tpm) => set({ tpm })}
          />
        </Field>
        <Field label="Timeout (seconds)">
          <NumberInput
            className="narrow"
            data-testid="provider-timeout"
            required
            min={1}
            max={600}
            value={limits.timeoutMs / 1000}
            onValue={(seconds) => set({ timeoutMs: seconds === null ? limits.timeoutMs : Math.round(seconds * 1000) })}
          />
        </Field>
        <Field label="Retries">
          <NumberInput
            className="narrow"
            data-testid="provider-retries"
            required
            min={0}
            max={10}
            step={1}
            value={limits.maxRetries}
            onValue={(maxRetries) => set({ maxRetries: maxRetries ?? limits.maxRetries })}
          />
        </Field>
      </div>
    </fieldset>
  );
}
