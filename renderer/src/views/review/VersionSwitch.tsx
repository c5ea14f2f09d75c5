// Which version of the judge gave the verdict on screen ("v2 of 2"), and a switch to an older one's
// verdict on this item (also `v`). A label saved records the version shown.
import { useShallow } from 'zustand/react/shallow';
import { judgeVersionsOf } from '../../store/review-values';
import { useGavel } from '../../store/store-context';

export function VersionSwitch({ judge, shown }: { judge: string; shown: number }) {
  const { item, showVersion } = useGavel(useShallow((s) => ({ item: s.reviewItem.item, showVersion: s.showVersion })));
  const versions = item ? judgeVersionsOf(item, judge) : [];
  const newest = versions.at(-1) ?? shown;
  return (
    <p className="small version-switch" data-testid="verdict-version" data-version={shown}>
      <span className={shown === newest ? 'muted' : 'strong'}>
        Showing v{shown} of {newest}
        {shown !== newest && ' (an older version)'}
      </span>
      {versions.length > 1 && (
        <label>
          {' '}
          Show version (v){' '}
          <select
            data-testid="verdict-version-select"
            value={shown}
            onChange={(event) => showVersion(judge, Number(event.target.value))}
          >
            {versions.map((version) => (
              <option key={version} value={version}>
                v{version}
                {version === newest ? ' (newest)' : ''}
              </option>
            ))}
          </select>
        </label>
      )}
    </p>
  );
}
