// How far the running import got, from the main process's progress events for this job.
import type { ImportProgress } from '../../store/slices/import/import-wizard';
import { formatBytes, plural } from '../../format/text';

export function ImportProgressBar({
  fileName,
  progress,
}: {
  fileName: string | null;
  progress: ImportProgress | null;
}) {
  return (
    <div className="import-progress" aria-live="polite">
      <p>Importing {fileName}…</p>
      {/* Without a value the bar is indeterminate, until the first progress event arrives. */}
      <progress
        data-testid="import-progress"
        max={progress?.totalBytes || undefined}
        value={progress && progress.totalBytes > 0 ? progress.bytes : undefined}
      />
      {progress && (
        <p className="muted">
          {plural(progress.rows, 'row')} · {formatBytes(progress.bytes)} of {formatBytes(progress.totalBytes)}
        </p>
      )}
    </div>
  );
}
