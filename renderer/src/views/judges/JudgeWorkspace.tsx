// One judge: the editor beside a live preview of its prompt, or its saved versions.
import { useShallow } from 'zustand/react/shallow';
import { ConfirmAction } from '../../components/ConfirmAction';
import { hasUnsavedEdits, type JudgeTab } from '../../store/slices/judges/judge-editor';
import { useGavel } from '../../store/store-context';
import { JudgeEditor } from './JudgeEditor';
import { PromptPreviewPanel } from './PromptPreviewPanel';
import { VersionsPanel } from './VersionsPanel';

const TABS: { tab: JudgeTab; label: string }[] = [
  { tab: 'edit', label: 'Edit' },
  { tab: 'versions', label: 'Versions' },
];

export function JudgeWorkspace() {
  const { draft, tab, unsaved, versions, showJudgeTab, closeJudgeEditor } = useGavel(
    useShallow((s) => ({
      draft: s.judgeEditor.draft,
      tab: s.judgeEditor.tab,
      unsaved: hasUnsavedEdits(s.judgeEditor),
      versions: s.versions.versions.length,
      showJudgeTab: s.showJudgeTab,
      closeJudgeEditor: s.closeJudgeEditor,
    })),
  );
  if (!draft) return null;

  return (
    <section className="page judge-page">
      <div className="page-header">
        {unsaved ? (
          <ConfirmAction
            label="← Judges"
            question="Discard the unsaved edits?"
            groupLabel="Leave this judge"
            confirmLabel="Discard"
            testId="judge-close"
            onConfirm={closeJudgeEditor}
          />
        ) : (
          <button type="button" className="quiet" data-testid="judge-close" onClick={closeJudgeEditor}>
            ← Judges
          </button>
        )}
        <h1>{draft.isNew ? 'New judge' : draft.name}</h1>
        {draft.spec.template && <span className="muted">from template {draft.spec.template}</span>}
      </div>
      <div className="tabs" role="tablist" aria-label="Judge">
        {TABS.map(({ tab: name, label }) => (
          <button
            key={name}
            type="button"
            role="tab"
            id={`judge-tab-${name}`}
            data-testid={`judge-tab-${name}`}
            aria-selected={tab === name}
            aria-controls="judge-tab-panel"
            disabled={name === 'versions' && draft.isNew}
            onClick={() => showJudgeTab(name)}
          >
            {label}
            {name === 'versions' && versions > 0 && <span className="muted"> ({versions})</span>}
          </button>
        ))}
      </div>
      <div id="judge-tab-panel" role="tabpanel" aria-labelledby={`judge-tab-${tab}`}>
        {tab === 'edit' ? (
          <div className="judge-edit-layout">
            <JudgeEditor />
            <PromptPreviewPanel />
          </div>
        ) : (
          <VersionsPanel />
        )}
      </div>
    </section>
  );
}
