// The judge's definition. Enter in a single-line field or Ctrl+Enter anywhere saves; Esc leaves when
// nothing is unsaved. Saving makes a new version only when the definition changed.
import type { KeyboardEvent } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { Field } from '../../components/Field';
import { MODE_LABELS } from '../../format/judging';
import { hasUnsavedEdits } from '../../store/slices/judges/judge-editor';
import { useGavel } from '../../store/store-context';
import { FewShotList } from './FewShotList';
import { GuidelinesFields } from './GuidelinesFields';
import { HeuristicFields } from './HeuristicFields';
import { ModelFields } from './ModelFields';
import { ModeField } from './ModeField';
import { OutputTypeFields } from './OutputTypeFields';
import { SaveResult } from './SaveResult';

const PROMPT_VARIABLES =
  '{{request}} {{response}} {{expected_response}} {{expected_facts}} {{guidelines}} {{retrieved_context}}';

export function JudgeEditor() {
  const { editor, unsaved, judges, edit, rename, save, close, dismissError } = useGavel(
    useShallow((s) => ({
      editor: s.judgeEditor,
      unsaved: hasUnsavedEdits(s.judgeEditor),
      judges: s.judges.list,
      edit: s.editJudgeSpec,
      rename: s.renameJudgeDraft,
      save: s.saveJudge,
      close: s.closeJudgeEditor,
      dismissError: s.dismissJudgeEditorError,
    })),
  );
  const { draft } = editor;
  if (!draft) return null;
  const { spec } = draft;
  const addsToExisting = draft.isNew && judges.some((judge) => judge.name === draft.name.trim());

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void save();
    } else if (event.key === 'Escape' && !unsaved) {
      close();
    }
  };

  return (
    <form
      className="judge-editor"
      data-testid="judge-editor"
      aria-label="Judge definition"
      onKeyDown={onKeyDown}
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="form-row">
        <Field
          label="Name"
          className="grow"
          hint={addsToExisting ? 'A judge with this name exists: saving adds a version to it.' : undefined}
        >
          <input
            type="text"
            data-testid="judge-name"
            value={draft.name}
            readOnly={!draft.isNew}
            required
            maxLength={120}
            placeholder="e.g. correctness"
            onChange={(event) => rename(event.target.value)}
          />
        </Field>
        <Field label="Description" className="grow">
          <input
            type="text"
            value={spec.description}
            maxLength={2000}
            onChange={(event) => edit({ description: event.target.value })}
          />
        </Field>
      </div>

      {spec.kind === 'llm' ? (
        <Field label="Instructions" hint={`Fields of the item go where you write ${PROMPT_VARIABLES}.`}>
          <textarea
            className="mono"
            data-testid="judge-instructions"
            rows={14}
            maxLength={20_000}
            spellCheck={false}
            value={spec.instructions}
            onChange={(event) => edit({ instructions: event.target.value })}
          />
        </Field>
      ) : (
        <HeuristicFields />
      )}

      <OutputTypeFields />

      <div className="form-row">
        <label className="checkbox-row">
          <input
            type="checkbox"
            checked={spec.greaterIsBetter}
            onChange={(event) => edit({ greaterIsBetter: event.target.checked })}
          />
          Greater is better
        </label>
        {spec.template === null ? (
          <ModeField />
        ) : (
          <div className="field">
            <span className="field-label">Mode</span>
            <span className="read-only-value" data-testid="judge-mode">
              {MODE_LABELS[spec.mode]} <span className="muted small">(set by the template)</span>
            </span>
          </div>
        )}
      </div>
      {spec.mode === 'per_guideline' && <GuidelinesFields />}

      {spec.kind === 'llm' && (
        <>
          <ModelFields />
          <FewShotList />
        </>
      )}

      {editor.error && <ErrorAlert error={editor.error} testId="judge-save-error" onDismiss={dismissError} />}
      <div className="form-actions">
        <button type="submit" className="primary" data-testid="judge-save" disabled={editor.saving}>
          {editor.saving ? 'Saving…' : 'Save'}
        </button>
        <SaveResult result={editor.result} unsaved={unsaved} />
      </div>
    </form>
  );
}
