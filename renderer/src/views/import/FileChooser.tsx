// Where the file comes from: a button opening the system picker, or a drop. The drop itself is
// handled for the whole window (useWindowFileDrop); this zone only invites it.
import { useRef, useState, type ChangeEvent } from 'react';
import { useGavel } from '../../store/store-context';

interface Props {
  fileName: string | null;
  busy: boolean;
  /** Once a file is previewed the zone shrinks to one line, leaving room for the preview. */
  compact: boolean;
}

export function FileChooser({ fileName, busy, compact }: Props) {
  const chooseImportFile = useGavel((s) => s.chooseImportFile);
  const inputRef = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    // Cleared so choosing the same file again (after fixing it on disk) still fires a change.
    event.target.value = '';
    if (file) void chooseImportFile(file);
  };

  const zoneClass = ['drop-zone', compact && 'compact', dragging && 'dragging'].filter(Boolean).join(' ');
  return (
    <div
      className={zoneClass}
      data-testid="import-drop-zone"
      onDragEnter={() => setDragging(true)}
      onDragLeave={() => setDragging(false)}
      onDrop={() => setDragging(false)}
    >
      <input ref={inputRef} type="file" hidden data-testid="import-file-input" onChange={onChange} />
      <p className="drop-zone-text">
        {busy && fileName ? (
          <>Reading {fileName}…</>
        ) : fileName ? (
          <span className="strong">{fileName}</span>
        ) : (
          <>Drop a CSV, JSON Lines or JSON file here (MLflow, Databricks, Bedrock and promptfoo results too)</>
        )}
      </p>
      <button type="button" onClick={() => inputRef.current?.click()} disabled={busy}>
        {fileName ? 'Choose another file…' : 'Choose file…'}
      </button>
    </div>
  );
}
