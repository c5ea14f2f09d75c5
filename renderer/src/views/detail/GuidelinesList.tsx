// Guidelines are one list for the row, or named lists (Databricks global guidelines).
import type { Guidelines } from '../../../../shared/domain';

function Bullets({ items }: { items: string[] }) {
  return (
    <ul className="bullets">
      {items.map((item, index) => (
        <li key={index}>{item}</li>
      ))}
    </ul>
  );
}

export function GuidelinesList({ guidelines }: { guidelines: Guidelines }) {
  if (Array.isArray(guidelines)) return <Bullets items={guidelines} />;
  return (
    <dl className="named-lists">
      {Object.entries(guidelines).map(([name, items]) => (
        <div key={name}>
          <dt>{name}</dt>
          <dd>
            <Bullets items={items} />
          </dd>
        </div>
      ))}
    </dl>
  );
}
