// A judge's saved versions, newest first. Pick a "from" and a "to" to see what changed between them.
import { useShallow } from 'zustand/react/shallow';
import { ErrorAlert } from '../../components/ErrorAlert';
import { formatDate } from '../../format/text';
import { describeOutputType } from '../../format/verdict';
import { draftFromVersion } from '../../store/judge-drafts';
import { useGavel } from '../../store/store-context';
import { SpecDiffView } from './SpecDiffView';

/** Enough of the content hash to tell versions apart at a glance. */
const HASH_PREFIX = 10;

export function VersionsPanel() {
  const { versions, providers, compare, startJudgeDraft } = useGavel(
    useShallow((s) => ({
      versions: s.versions,
      providers: s.providers.view?.providers,
      compare: s.compareVersions,
      startJudgeDraft: s.startJudgeDraft,
    })),
  );
  const { from, to } = versions;

  return (
    <div className="versions" data-testid="judge-versions">
      {versions.error && <ErrorAlert error={versions.error} />}
      <table className="list-table">
        <thead>
          <tr>
            <th scope="col">From</th>
            <th scope="col">To</th>
            <th scope="col">Version</th>
            <th scope="col">Created</th>
            <th scope="col">Model</th>
            <th scope="col">Output</th>
            <th scope="col">Hash</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {versions.versions.map((version) => (
            <tr key={version.id} data-testid="judge-version-row" data-version={version.version}>
              <td>
                <input
                  type="radio"
                  name="diff-from"
                  aria-label={`Compare from version ${version.version}`}
                  checked={from === version.id}
                  onChange={() => void compare(version.id, to)}
                />
              </td>
              <td>
                <input
                  type="radio"
                  name="diff-to"
                  aria-label={`Compare to version ${version.version}`}
                  checked={to === version.id}
                  onChange={() => void compare(from, version.id)}
                />
              </td>
              <td className="strong">
                v{version.version}
                {version.versionLabel && <span className="muted"> · {version.versionLabel}</span>}
                {version.candidate && (
                  <span
                    className="muted"
                    title="Saved by an alignment search and not promoted: not the current version"
                  >
                    {' '}
                    · candidate
                  </span>
                )}
              </td>
              <td className="nowrap">{formatDate(version.createdAt)}</td>
              <td className="mono-cell">{version.model ?? (version.kind === 'heuristic' ? 'heuristic' : '—')}</td>
              <td>{describeOutputType(version.outputType)}</td>
              <td className="mono-cell" title={version.contentHash}>
                {version.contentHash.slice(0, HASH_PREFIX)}
              </td>
              <td className="actions">
                <button
                  type="button"
                  className="quiet"
                  onClick={() => startJudgeDraft(draftFromVersion(version, providers ?? []))}
                >
                  Edit from here
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <SpecDiffView />
    </div>
  );
}
