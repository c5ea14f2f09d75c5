// Every key of the review desk (`?` shows and hides it).
import { KEY_HELP } from '../../store/review-keys';

export function Cheatsheet({ onClose }: { onClose(): void }) {
  return (
    <div className="cheatsheet" data-testid="cheatsheet" role="dialog" aria-label="Keyboard shortcuts">
      <header className="dialog-header">
        <h2>Keyboard</h2>
        <button type="button" className="quiet" onClick={onClose} aria-label="Close (Esc)">
          ✕
        </button>
      </header>
      <table className="list-table compact">
        <tbody>
          {KEY_HELP.map((entry) => (
            <tr key={entry.keys}>
              <th scope="row">
                <kbd>{entry.keys}</kbd>
              </th>
              <td>{entry.does}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
