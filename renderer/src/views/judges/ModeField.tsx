// How a custom judge looks at an item (templates fix their own mode).
import { useShallow } from 'zustand/react/shallow';
import type { JudgeMode } from '../../../../shared/judging';
import { Field } from '../../components/Field';
import { MODE_LABELS } from '../../format/judging';
import { useGavel } from '../../store/store-context';

const MODES = Object.keys(MODE_LABELS) as JudgeMode[];

export function ModeField() {
  const { mode, edit } = useGavel(useShallow((s) => ({ mode: s.judgeEditor.draft?.spec.mode, edit: s.editJudgeSpec })));
  return (
    <Field label="Mode">
      <select value={mode} onChange={(event) => edit({ mode: event.target.value as JudgeMode })}>
        {MODES.map((name) => (
          <option key={name} value={name}>
            {MODE_LABELS[name]}
          </option>
        ))}
      </select>
    </Field>
  );
}
