// What a reviewer's link may do: ONE allow-list, deny by default. A channel missing here is
// owner-only, so a new channel stays closed to reviewers until someone decides otherwise. Each
// entry also narrows the call to what was shared with the reviewer and writes as the reviewer.
import type { Channel, Output, ParsedInput } from '../../shared/contract';
import { GavelError } from '../../shared/result';
import { DEFAULT_PARAMS, type JudgeVersionView } from '../../shared/judging';

/** What was shared with one reviewer: the sessions assigned to them and those sessions' datasets. */
export interface ReviewerScope {
  reviewer: string;
  sessions: ReadonlySet<number>;
  datasets: ReadonlySet<number>;
  datasetOfItem(itemId: number): number | null;
}

interface Rule<C extends Channel> {
  /** Checks the input is within the scope and rewrites it to act as the reviewer. */
  input?: (input: ParsedInput<C>, scope: ReviewerScope) => ParsedInput<C>;
  /** Leaves out what the reviewer may not read. */
  output?: (output: Output<C>, scope: ReviewerScope) => Output<C>;
}

type Rules = { [C in Channel]?: Rule<C> };

const notShared = (what: string) => new GavelError('NOT_FOUND', `${what} is not shared with you.`);

function requireDataset(scope: ReviewerScope, datasetId: number): void {
  if (!scope.datasets.has(datasetId)) throw notShared(`Dataset ${datasetId}`);
}

function requireItem(scope: ReviewerScope, itemId: number): void {
  const datasetId = scope.datasetOfItem(itemId);
  if (datasetId === null || !scope.datasets.has(datasetId)) throw notShared(`Item ${itemId}`);
}

function requireSession(scope: ReviewerScope, sessionId: number | null | undefined): void {
  if (sessionId != null && !scope.sessions.has(sessionId)) throw notShared(`Session ${sessionId}`);
}

/** A rule that only checks the input is within the reviewer's scope. */
const checked = <C extends Channel>(check: (input: ParsedInput<C>, scope: ReviewerScope) => void): Rule<C> => ({
  input: (input, scope) => {
    check(input, scope);
    return input;
  },
});

/** Other reviewers' ratings (blind ones included) are not a reviewer's to see. */
const ownLabels = <L extends { reviewer: string }>(labels: L[], scope: ReviewerScope): L[] =>
  labels.filter((label) => label.reviewer === scope.reviewer);

const REVIEWER_RULES: Rules = {
  'access.me': {},
  // The workspace's name, not where it lives on the server.
  'workspace.info': { output: (info) => ({ ...info, path: info.path.split(/[\\/]/).at(-1) ?? '' }) },
  'datasets.list': { output: (datasets, scope) => datasets.filter((d) => scope.datasets.has(d.id)) },
  'items.page': checked<'items.page'>((input, scope) => requireDataset(scope, input.datasetId)),
  'items.find': checked<'items.find'>((input, scope) => requireDataset(scope, input.datasetId)),
  'items.get': {
    ...checked<'items.get'>((input, scope) => requireItem(scope, input.id)),
    output: (item, scope) => ({ ...item, labels: ownLabels(item.labels, scope) }),
  },
  'review.responses': checked<'review.responses'>((input, scope) => requireItem(scope, input.itemId)),
  // Criteria and judge definitions are what the desk shows next to each verdict.
  'templates.list': {},
  // A judge's instructions and scale, not its few-shot examples (other items' verdicts and rationales)
  // nor its model settings.
  'judges.list': { output: (judges) => judges.map((j) => ({ ...j, latest: withoutSecrets(j.latest) })) },
  'judges.get': {
    output: (found) => ({
      judge: { ...found.judge, latest: withoutSecrets(found.judge.latest) },
      versions: found.versions.map(withoutSecrets),
    }),
  },
  'reviewers.list': {},
  'reviewers.ensure': { input: (_input, scope) => ({ name: scope.reviewer }) },
  'sessions.list': { output: (sessions, scope) => sessions.filter((s) => scope.sessions.has(s.id)) },
  'sessions.get': checked<'sessions.get'>((input, scope) => requireSession(scope, input.id)),
  'review.queue': {
    input: (input, scope) => {
      requireDataset(scope, input.datasetId);
      requireSession(scope, input.sessionId);
      return { ...input, reviewer: scope.reviewer };
    },
  },
  'labels.save': {
    input: (input, scope) => {
      requireItem(scope, input.itemId);
      requireSession(scope, input.sessionId);
      return { ...input, reviewer: scope.reviewer };
    },
  },
  'labels.undo': { input: (input, scope) => ({ ...input, reviewer: scope.reviewer }) },
  'labels.history': {
    ...checked<'labels.history'>((input, scope) => requireItem(scope, input.itemId)),
    output: (labels, scope) => ownLabels(labels, scope),
  },
};

export const reviewerChannels = (): Channel[] => Object.keys(REVIEWER_RULES) as Channel[];

/** The reviewer's rule for a channel; throws FORBIDDEN for a channel that is owner-only. */
export function reviewerRule<C extends Channel>(channel: C, reviewer: string): Rule<C> {
  const rule = (REVIEWER_RULES as Record<string, Rule<C> | undefined>)[channel];
  if (!rule) {
    throw new GavelError(
      'FORBIDDEN',
      `${reviewer}'s reviewer link cannot use ${channel}: only the workspace owner can. Ask the owner to do it.`,
    );
  }
  return rule;
}

/** A judge version as a reviewer sees it: its rubric, without few-shot examples or model settings. */
function withoutSecrets(version: JudgeVersionView): JudgeVersionView {
  return version.spec
    ? { ...version, spec: { ...version.spec, fewshot: [], params: DEFAULT_PARAMS, provider: null } }
    : version;
}
