// The one way untrusted text (model outputs, contexts, justifications) is shown as markdown: untrusted
// text stays text. Raw HTML is not parsed into elements: react-markdown turns it into literal text
// (its default; `skipHtml` would drop it silently instead), so a `<script>` in a response reads
// as `<script>`. Images never load, links keep only http(s) and mailto targets. Code blocks that
// name their language are highlighted (rehype-highlight adds only class names to spans of the text).
// GitHub-flavoured markdown (tables, task lists, strikethrough, autolinks) renders as models write
// it; a task list's boxes are disabled inputs, and autolinks pass the same link policy.
import { memo } from 'react';
import Markdown, { type Components } from 'react-markdown';
import rehypeHighlight from 'rehype-highlight';
import remarkGfm from 'remark-gfm';
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

const REMARK_PLUGINS = [remarkGfm];

/** Highlighting only where a block names its language: guessing costs time on every long answer. */
const REHYPE_PLUGINS = [[rehypeHighlight, { detect: false }]] satisfies NonNullable<
  Parameters<typeof Markdown>[0]['rehypePlugins']
>;
/**
 * Only a fenced block can name a language. The plugin registers its grammars each time Markdown
 * builds its processor (every render, ~10 ms an item on the review desk), so text without a fence
 * goes without it.
 */
const FENCE = /^ {0,3}(```|~~~)/m;

export const SafeMarkdown = memo(function SafeMarkdown({ text }: { text: string }) {
  return (
    <div className="markdown">
      <Markdown
        urlTransform={safeUrlTransform}
        components={components}
        remarkPlugins={REMARK_PLUGINS}
        rehypePlugins={FENCE.test(text) ? REHYPE_PLUGINS : undefined}
      >
        {text}
      </Markdown>
    </div>
  );
});
