import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { isAllowedLink } from '../../../renderer/src/components/markdown-policy';
import { SafeMarkdown } from '../../../renderer/src/components/SafeMarkdown';

const render = (text: string) => renderToStaticMarkup(createElement(SafeMarkdown, { text }));

describe('SafeMarkdown', () => {
  it('shows raw HTML as literal text instead of dropping or running it', () => {
    const html = render('Hello <script>alert(1)</script> and <img src=x onerror=alert(1)>');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
  });

  it('highlights a code block that names its language, keeping its text as text', () => {
    const html = render('```python\ndef pay(claim):\n    return "<b>80%</b>"\n```');
    expect(html).toContain('<code class="hljs language-python">');
    expect(html).toContain('<span class="hljs-keyword">def</span>');
    expect(html).toContain('&lt;b&gt;80%&lt;/b&gt;');
    expect(html).not.toContain('<b>');
    // A block after some prose too.
    expect(render('The fix:\n\n~~~js\nconst limit = 5;\n~~~')).toContain('<span class="hljs-keyword">const</span>');
  });

  it('renders GitHub-flavoured tables, task lists and strikethrough, still as text only', () => {
    const html = render(
      '| plan | deductible |\n| --- | ---: |\n| Gold | $500 <b>x</b> |\n\n- [x] cites the handbook\n- [ ] mentions ~~dental~~ vision',
    );
    expect(html).toContain('<table>');
    expect(html).toContain('<th>plan</th>');
    expect(html).toContain('<td style="text-align:right">$500 &lt;b&gt;x&lt;/b&gt;</td>');
    expect(html).toContain('<input type="checkbox" disabled="" checked=""/> cites the handbook');
    expect(html).toContain('<input type="checkbox" disabled=""/> mentions <del>dental</del> vision');
    expect(html).not.toContain('<b>');
  });

  it('applies the link policy to bare URLs turned into links', () => {
    const html = render('See https://example.com/plan and javascript:alert(1) and www.example.org');
    expect(html).toContain('<a href="https://example.com/plan" target="_blank" rel="noreferrer noopener">');
    expect(html).not.toContain('href="javascript');
  });

  it('prints images as their alt text and URL, never loading them', () => {
    const html = render('![tracking pixel](https://evil.example/p.png)');
    expect(html).not.toContain('<img');
    expect(html).toContain('[tracking pixel] https://evil.example/p.png');
  });

  it('keeps http(s) and mailto links, opening outside the app', () => {
    const html = render('[docs](https://example.com/a) [mail](mailto:a@example.com)');
    expect(html).toContain('<a href="https://example.com/a" target="_blank" rel="noreferrer noopener">docs</a>');
    expect(html).toContain('href="mailto:a@example.com"');
  });

  it('turns every other link into plain text', () => {
    const html = render('[x](javascript:alert(1)) [y](file:///etc/passwd) [z](/relative) [w](data:text/html,hi)');
    expect(html).not.toContain('<a');
    expect(html).not.toContain('javascript:');
    expect(html).toContain('<span>x</span>');
  });

  it('renders ordinary markdown', () => {
    expect(render('**bold** and `code`')).toContain('<strong>bold</strong> and <code>code</code>');
  });
});

describe('isAllowedLink', () => {
  it.each([
    ['https://example.com', true],
    ['http://example.com', true],
    ['mailto:a@b.c', true],
    ['javascript:alert(1)', false],
    ['JaVaScRiPt:alert(1)', false],
    ['vbscript:x', false],
    ['file:///etc/passwd', false],
    ['gavel://app/index.html', false],
    ['/relative', false],
    ['#anchor', false],
  ])('%s → %s', (url, allowed) => {
    expect(isAllowedLink(url)).toBe(allowed);
  });
});
