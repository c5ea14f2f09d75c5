// The half-width the planner aims at, chosen by the user: a pass rate's in points (3 = ±3 points),
// a mean score's in its own units. Without it the planner is stuck at ±3 points, which a small
// dataset can never reach, so its button to sample more labels never appears.
import { useShallow } from 'zustand/react/shallow';
import { Field } from '../../components/Field';
import { NumberInput } from '../../components/NumberInput';
import { useGavel } from '../../store/store-context';

export function PlannerTarget({ passRate }: { passRate: boolean }) {
  const { halfWidth, setHalfWidth } = useGavel(
    useShallow((s) => ({ halfWidth: s.trust.halfWidth, setHalfWidth: s.setTrustHalfWidth })),
  );
  const scale = passRate ? 100 : 1;
  return (
    <Field label="Planner’s target: within ±" hint={passRate ? 'points of the pass rate' : 'of the mean score'}>
      <NumberInput
        className="narrow"
        data-testid="trust-half-width"
        min={0}
        step={passRate ? 1 : 0.05}
        value={Math.round(halfWidth * scale * 1000) / 1000}
        onValue={(value) => {
          if (value !== null && value > 0) void setHalfWidth(value / scale);
        }}
      />
    </Field>
  );
}
