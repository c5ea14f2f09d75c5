// The one way untrusted text (model outputs, contexts, justifications) is shown as markdown
// (DESIGN.md §4). Raw HTML is not parsed into elements: react-markdown turns it into literal text
// (its default; `skipHtml` would drop it silently instead), so a `<script>` in a response reads
// as `<script>`. Images never load, links keep only http(s) and mailto targets.
import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import { safeUrlTransform } from './markdown-policy';

const components: Components = {
  a: ({ href, children }) =>
    href ? (
      <a href={href} target="_blank" rel="noreferrer noopener">
        {children}
      </a>
    ) : (
      <span>{children}</span>
    ),
  // Never an <img>: a remote image would leak that the item was opened (and load untrusted content).
  img: ({ alt, src }) => (
    <span className="md-image">
      [{alt || 'image'}]{typeof src === 'string' && src ? ` ${src}` : ''}
    </span>
  ),
};

export const SafeMarkdown = memo(function SafeMarkdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown urlTransform={safeUrlTransform} components={components}>
        {text}
      </Markdown>
    </div>
  );
});
