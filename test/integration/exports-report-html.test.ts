// The agreement report as one self-contained HTML page.
import { describe, expect, it } from 'vitest';
import type { JudgeAgreement } from '../../shared/contract';
import { value } from '../helpers/temp-workspace';
import { build, hostileSample } from '../helpers/exports-hostile';

/** The text of the first element holding `marker` in its start tag (no nested tags inside it). */
function textAfter(html: string, marker: string): string {
  const start = html.indexOf('>', html.indexOf(marker)) + 1;
  return html.slice(start, html.indexOf('<', start));
}

describe('agreement report (HTML)', () => {
  it('is one page that loads nothing, with the numbers, figures and items, every string escaped', async () => {
    const core = await hostileSample();
    const file = await build(core, 'report-html');
    const html = file.content;
    expect(file.fileName).toBe('correctness-v1-agreement.html');
    expect(file.mimeType).toBe('text/html');
    expect(html.startsWith('<!DOCTYPE html>')).toBe(true);

    // Self-contained: no scripts, no links or sources of any kind, nothing remote. (React writes every
    // attribute as name="…"; the escaped item text may say src=x, but never as an attribute.)
    for (const forbidden of ['<script', ' src="', ' href="', '<link', 'http://', 'https://', '@import', 'url(']) {
      expect(html.toLowerCase().includes(forbidden), forbidden).toBe(false);
    }
    expect(html).toContain('default-src &#x27;none&#x27;');
    expect(html.split('<svg').length - 1).toBe(3); // pass/fail matrix, score matrix, distribution

    const stats = value(await core.call('calibration.stats', { judge: 'correctness' })) as JudgeAgreement;
    expect(textAfter(html, 'data-stat="accuracy"')).toBe(stats.binary.accuracy!.toFixed(3));
    expect(textAfter(html, 'data-stat="kappa"')).toBe(stats.binary.kappa!.toFixed(3));
    expect(textAfter(html, 'data-stat="qwk"')).toBe(stats.ordinal!.qwk!.toFixed(3));
    const interval = stats.ci.binary.accuracy;
    expect(html).toContain(`${interval.lower!.toFixed(3)} – ${interval.upper!.toFixed(3)}`);
    const { tp, fp, fn, tn } = stats.binary.confusion;
    const cells = [
      ...html
        .split('aria-label="Pass / fail"')[1]!
        .split('</svg>')[0]!
        .matchAll(/<g class="cell[^"]*"><rect[^>]*><\/rect><text[^>]*>(\d+)</g),
    ];
    expect(cells.map((m) => Number(m[1]))).toEqual([tp, fp, fn, tn]);

    // Item text that looks like markup arrives as text.
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('<img src=x');
    expect(html).not.toContain('</td><b>bold</b>');
    expect(html).toContain(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;/td&gt;&lt;b&gt;bold&lt;/b&gt;',
    );
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
