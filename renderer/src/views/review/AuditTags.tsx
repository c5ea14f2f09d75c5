// Why the judge went wrong, as audit tags to count later.
import { AUDIT_TAGS, type AuditTag } from '../../../../shared/review';
import { AUDIT_TAG_LABELS } from '../../format/review';

export function AuditTags({ tags, onToggle }: { tags: AuditTag[]; onToggle(tag: AuditTag): void }) {
  return (
    <fieldset className="audit-tags" data-testid="verdict-tags">
      <legend className="field-label">Audit tags</legend>
      {AUDIT_TAGS.map((tag) => (
        <label key={tag} className="checkbox-row">
          <input type="checkbox" data-tag={tag} checked={tags.includes(tag)} onChange={() => onToggle(tag)} />
          <span>{AUDIT_TAG_LABELS[tag]}</span>
        </label>
      ))}
    </fieldset>
  );
}
