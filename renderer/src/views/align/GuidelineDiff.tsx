// A proposal's change to the judge's instructions, line by line: added lines green, removed red.
import type { DiffPart } from '../../../../shared/align';

const kind = (part: DiffPart) => (part.added ? 'added' : part.removed ? 'removed' : 'same');
const MARKS = { added: '+ ', removed: '− ', same: '  ' } as const;

export function GuidelineDiff({ parts }: { parts: DiffPart[] }) {
  return (
    <pre className="guideline-diff" data-testid="guideline-diff">
      {parts.flatMap((part, index) =>
        part.value
          .replace(/\n$/, '')
          .split('\n')
          .map((line, lineIndex) => (
            <span key={`${index}-${lineIndex}`} className={`diff-line diff-${kind(part)}`} data-diff={kind(part)}>
              {MARKS[kind(part)]}
              {line}
              {'\n'}
            </span>
          )),
      )}
    </pre>
  );
}
