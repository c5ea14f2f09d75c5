// The judge being written: a draft spec, saved as a new version only when it differs from every
// existing one. Every edit re-previews the exact prompt (debounced by the preview slice).
import type { JudgeSpec } from '../../../../../shared/judging';
import type { ApiError } from '../../../../../shared/result';
import { draftSnapshot, type JudgeDraft } from '../../judge-drafts';
import type { SliceCreator } from '../../types';

export type JudgeTab = 'edit' | 'versions';

export interface JudgeSaveResult {
  version: number;
  /** False when the draft equals a version that exists: nothing new was stored. */
  created: boolean;
}

export interface JudgeEditorState {
  /** Null on the judges index (list and template library). */
  draft: JudgeDraft | null;
  /** The draft as loaded or last saved. */
  savedSnapshot: string | null;
  tab: JudgeTab;
  saving: boolean;
  result: JudgeSaveResult | null;
  error: ApiError | null;
}

export interface JudgeEditorSlice {
  judgeEditor: JudgeEditorState;
  startJudgeDraft(draft: JudgeDraft): void;
  editJudgeSpec(changes: Partial<JudgeSpec>): void;
  renameJudgeDraft(name: string): void;
  showJudgeTab(tab: JudgeTab): void;
  saveJudge(): Promise<void>;
  closeJudgeEditor(): void;
  dismissJudgeEditorError(): void;
}

const closed: JudgeEditorState = {
  draft: null,
  savedSnapshot: null,
  tab: 'edit',
  saving: false,
  result: null,
  error: null,
};

/** Whether the draft has edits not saved as a version. */
export const hasUnsavedEdits = (editor: JudgeEditorState): boolean =>
  editor.draft !== null && draftSnapshot(editor.draft) !== editor.savedSnapshot;

export const createJudgeEditorSlice: SliceCreator<JudgeEditorSlice> = (api) => (set, get) => {
  const patch = (changes: Partial<JudgeEditorState>) => set((s) => ({ judgeEditor: { ...s.judgeEditor, ...changes } }));
  const editDraft = (change: (draft: JudgeDraft) => JudgeDraft) => {
    const { draft } = get().judgeEditor;
    if (!draft) return;
    patch({ draft: change(draft), result: null });
    get().schedulePreview();
  };

  return {
    judgeEditor: closed,

    startJudgeDraft: (draft) => {
      // A new judge has nothing saved, so it counts as unsaved from the start.
      set({ judgeEditor: { ...closed, draft, savedSnapshot: draft.isNew ? null : draftSnapshot(draft) } });
      get().startPreview();
    },

    editJudgeSpec: (changes) => editDraft((draft) => ({ ...draft, spec: { ...draft.spec, ...changes } })),

    renameJudgeDraft: (name) => editDraft((draft) => (draft.isNew ? { ...draft, name } : draft)),

    showJudgeTab: (tab) => patch({ tab }),

    saveJudge: async () => {
      const { draft, saving } = get().judgeEditor;
      if (!draft || saving) return;
      const sent = { ...draft, name: draft.name.trim() };
      patch({ saving: true, error: null, result: null });
      const result = await api['judges.save']({ name: sent.name, spec: sent.spec });
      if (get().judgeEditor.draft === null) return;
      if (!result.ok) {
        patch({ saving: false, error: result.error });
        return;
      }
      const { version, created } = result.value;
      // Edits made while saving stay in the draft (and stay unsaved).
      const current = get().judgeEditor.draft ?? sent;
      const saved: JudgeDraft = { ...sent, name: version.judge, isNew: false };
      patch({
        saving: false,
        result: { version: version.version, created },
        draft: { ...current, name: version.judge, isNew: false },
        savedSnapshot: draftSnapshot(saved),
      });
      await Promise.all([get().refreshJudges(), get().loadVersions(version.judge)]);
    },

    closeJudgeEditor: () => {
      get().stopPreview();
      set({ judgeEditor: closed });
    },

    dismissJudgeEditorError: () => patch({ error: null }),
  };
};
