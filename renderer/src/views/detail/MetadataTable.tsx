// Free-form metadata of the row, values shown as text (JSON for anything that isn't a string).
import { asText } from '../../format/text';

export function MetadataTable({ metadata }: { metadata: Record<string, unknown> }) {
  return (
    <table className="list-table compact key-values">
      <tbody>
        {Object.entries(metadata).map(([key, value]) => (
          <tr key={key}>
            <th scope="row">{key}</th>
            <td className="wrap raw-text">{asText(value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
