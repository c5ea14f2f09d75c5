// The tail of a verdict's rating controls: Undo while I have a label on it, and "Saving…" while my
// label is on its way to disk.
export function UndoAndSaving({ canUndo, saving, undo }: { canUndo: boolean; saving: boolean; undo: () => void }) {
  return (
    <>
      {canUndo && (
        <button type="button" className="quiet" onClick={undo}>
          Undo (u)
        </button>
      )}
      {saving && <span className="muted">Saving…</span>}
    </>
  );
}
