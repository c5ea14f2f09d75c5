// The judges page: saved judges, the template library, and one judge's versions with their diff.
import type { SpecDiffEntry } from '../../../../../shared/contract';
import type { JudgeSummary, JudgeVersionView, TemplateInfo } from '../../../../../shared/judging';
import type { ApiError } from '../../../../../shared/result';
import { customDraft, draftFromTemplate, draftFromVersion } from '../../judge-drafts';
import type { SliceCreator } from '../../types';

export interface JudgesState {
  list: JudgeSummary[];
  templates: TemplateInfo[];
  /** False until the first list arrived, so "no judges yet" is not shown while loading. */
  loaded: boolean;
  error: ApiError | null;
}

export interface VersionsState {
  judge: string | null;
  /** Newest first. */
  versions: JudgeVersionView[];
  /** The two versions compared: judge version ids. */
  from: number | null;
  to: number | null;
  diff: SpecDiffEntry[] | null;
  diffing: boolean;
  error: ApiError | null;
}

export interface JudgesSlice {
  judges: JudgesState;
  versions: VersionsState;
  /** Judges, templates and providers (the editor picks a provider). */
  loadJudgesPage(): Promise<void>;
  refreshJudges(): Promise<void>;
  /** Opens a saved judge in the editor on its latest version, and loads its versions. */
  openJudge(name: string): Promise<void>;
  createJudgeFromTemplate(templateName: string): void;
  createCustomJudge(): void;
  loadVersions(name: string): Promise<void>;
  /** Compares two versions (ids); either may be null while the user is still picking. */
  compareVersions(from: number | null, to: number | null): Promise<void>;
  dismissJudgesError(): void;
}

const noVersions: VersionsState = {
  judge: null,
  versions: [],
  from: null,
  to: null,
  diff: null,
  diffing: false,
  error: null,
};

export const createJudgesSlice: SliceCreator<JudgesSlice> = (api) => (set, get) => {
  // Only the latest diff asked for counts when the user picks versions faster than they compare.
  let diffAsked = 0;
  const patch = (changes: Partial<JudgesState>) => set((s) => ({ judges: { ...s.judges, ...changes } }));
  const patchVersions = (changes: Partial<VersionsState>) => set((s) => ({ versions: { ...s.versions, ...changes } }));
  const providers = () => get().providers.view?.providers ?? [];

  /** Starts the versions over; a diff still on its way belongs to what was shown before. */
  const resetVersions = (changes: Partial<VersionsState> = {}) => {
    diffAsked++;
    set({ versions: { ...noVersions, ...changes } });
  };

  const showVersions = async (name: string, unsorted: JudgeVersionView[]) => {
    resetVersions({ judge: name, versions: [...unsorted].sort((a, b) => b.version - a.version) });
    const { versions } = get().versions;
    // What changed last is what people come to the versions tab for.
    const [latest, previous] = versions;
    if (latest && previous) await get().compareVersions(previous.id, latest.id);
  };

  return {
    judges: { list: [], templates: [], loaded: false, error: null },
    versions: noVersions,

    loadJudgesPage: async () => {
      const [templates] = await Promise.all([api['templates.list']({}), get().refreshJudges(), get().loadProviders()]);
      if (templates.ok) patch({ templates: templates.value });
      else patch({ error: templates.error });
    },

    refreshJudges: async () => {
      const result = await api['judges.list']({});
      if (result.ok) patch({ list: result.value, loaded: true });
      else patch({ error: result.error });
    },

    openJudge: async (name) => {
      const result = await api['judges.get']({ name });
      if (!result.ok) {
        patch({ error: result.error });
        return;
      }
      get().startJudgeDraft(draftFromVersion(result.value.judge.latest, providers()));
      await showVersions(name, result.value.versions);
    },

    createJudgeFromTemplate: (templateName) => {
      const template = get().judges.templates.find((candidate) => candidate.name === templateName);
      if (!template) return;
      resetVersions();
      get().startJudgeDraft(draftFromTemplate(template, providers()));
    },

    createCustomJudge: () => {
      resetVersions();
      get().startJudgeDraft(customDraft(providers()));
    },

    loadVersions: async (name) => {
      resetVersions({ judge: name });
      const result = await api['judges.get']({ name });
      if (get().versions.judge !== name) return;
      if (!result.ok) {
        patchVersions({ error: result.error });
        return;
      }
      await showVersions(name, result.value.versions);
    },

    compareVersions: async (from, to) => {
      const asked = ++diffAsked;
      patchVersions({ from, to, diff: null, error: null, diffing: false });
      if (from === null || to === null || from === to) return;
      patchVersions({ diffing: true });
      const result = await api['judges.diff']({ from, to });
      if (asked !== diffAsked) return;
      patchVersions(result.ok ? { diff: result.value, diffing: false } : { error: result.error, diffing: false });
    },

    dismissJudgesError: () => patch({ error: null }),
  };
};
