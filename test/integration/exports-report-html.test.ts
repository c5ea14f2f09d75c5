// The agreement report as one self-contained HTML page.
import { describe, expect, it } from 'vitest';
import type { AuditOutcome, StoredAudit } from '../../shared/audit';
import { auditFindings } from '../../shared/audit-wording';
import type { ExportFile, JudgeAgreement } from '../../shared/contract';
import type { TrustView } from '../../shared/trust';
import { value } from '../helpers/temp-workspace';
import { build, hostileSample } from '../helpers/exports-hostile';
import { scriptedWorkspace } from '../helpers/scripted-judges';
import { JUDGE, sessionOf, truthValue, trustWorkspace } from '../helpers/trust-workspace';

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
    // Read by people: the statistics by name, not by their keys.
    expect(html).toContain('>Cohen’s κ</th>');
    expect(html).not.toContain('>human_pairwise_kappa<');
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
    // Imported labels come from no known sampling: the Trust section says why there is no estimate.
    expect(html).toContain('<h2>Trust</h2>');
    expect(html).toContain('No estimate: ');
  });

  it('has a Trust section: the estimate beside the raw rates, the plan, and the experts’ agreement', async () => {
    const desk = await trustWorkspace();
    const random = await sessionOf(desk, { kind: 'sample', size: 60, seed: 7 });
    // A second expert on 20 of the sampled items, differing on every fourth.
    await desk.label(random.slice(0, 20), null, {
      reviewer: 'ben',
      verdict: (key) => (Number(key.slice(1)) % 4 === 0 ? 1 - truthValue(key) : truthValue(key)),
    });
    const file = value(
      await desk.core.call('export.build', { judge: JUDGE.name, format: 'report-html' }),
    ) as ExportFile;
    const html = file.content;
    const trust = html.slice(html.indexOf('<h2>Trust</h2>'), html.indexOf('<h2>Items</h2>'));
    expect(trust.length).toBeGreaterThan(0);

    const view = value(
      await desk.core.call('calibration.trust', { judge: JUDGE.name, datasetId: desk.datasetId, halfWidth: 0.03 }),
    ) as TrustView;
    const { estimate, plan } = view;
    expect(textAfter(trust, 'data-rate="estimate (PPI++)"')).toBe(estimate!.estimate.value.toFixed(3));
    expect(textAfter(trust, 'data-rate="judge alone"')).toBe(estimate!.judge_rate.value.toFixed(3));
    expect(textAfter(trust, 'data-rate="labels alone"')).toBe(estimate!.labelled_rate.value.toFixed(3));
    const [low, high] = estimate!.estimate.ci;
    expect(trust).toContain(`${low.toFixed(3)} – ${high.toFixed(3)}`);
    // Items where the two experts tie have no consensus, so fewer than the 60 sampled labels are used.
    expect(trust).toContain(`300 items judged, ${estimate!.labels_used} randomly sampled expert labels used`);
    // One static figure of the three intervals, no script anywhere.
    expect(trust.split('<svg').length - 1).toBe(1);
    expect(trust).toContain('aria-label="Rates with intervals"');
    expect(html.toLowerCase()).not.toContain('<script');
    // Never audited: the section says how to audit, and draws nothing for it.
    expect(trust).toContain('<h3>Audit of the judge</h3><p>Not audited yet: <code>gavel audit --judge &lt;name&gt;');
    // ±3 points is out of reach on 300 items here, and the plan says so.
    expect(plan!.labels_needed).toBeNull();
    expect(textAfter(trust, 'class="plan"')).toBe(
      'No number of random labels on this dataset gets the estimate within ±3 points.',
    );

    const stats = value(await desk.core.call('calibration.stats', { judge: JUDGE.name })) as JudgeAgreement;
    const alpha = stats.human_human.krippendorff_alpha!;
    const interval = stats.ci.human_human.krippendorff_alpha;
    const splits = random.slice(0, 20).filter((id) => Number(desk.keyOf.get(id)!.slice(1)) % 4 === 0).length;
    expect(splits).toBeGreaterThan(0);
    expect(trust).toContain(
      `Experts among themselves: Krippendorff’s α ${alpha.toFixed(3)} (95% ${interval.lower!.toFixed(3)} – ${interval.upper!.toFixed(3)}) on 20 items labelled by two or more; they split on ${splits} items.`,
    );
  });

  it("has the judge's latest audit: its dataset and date, its findings in words, and its figures", async () => {
    const hostile = '<script>alert("set")</script> & co';
    const keys = ['a', 'bb', 'ccc', 'dddd', 'eeeee', 'ffffff'];
    const desk = await scriptedWorkspace(keys, { datasetName: hostile });
    const judge = { name: 'safe', outputType: { kind: 'pass_fail' as const }, greaterIsBetter: true };
    await desk.judge(judge, new Map(keys.map((key, i) => [key, i % 3 === 0 ? 'no' : 'yes'])));
    const { audit } = value(
      await desk.core.call('trust.audit', { judge: judge.name, datasetId: desk.datasetId, repeats: 2, sample: 4 }),
    ) as AuditOutcome;
    const stored = value(
      await desk.core.call('trust.latestAudit', { judge: judge.name, datasetId: desk.datasetId }),
    ) as StoredAudit;

    const { content: html } = value(
      await desk.core.call('export.build', { judge: judge.name, format: 'report-html' }),
    ) as ExportFile;
    const section = html.slice(html.indexOf('<section class="trust-audit">'), html.indexOf('<h2>Items</h2>'));
    expect(section.length).toBeGreaterThan(0);
    // The dataset's name arrives as text, never as markup.
    expect(html).not.toContain('<script>alert');
    const escaped = '&lt;script&gt;alert(&quot;set&quot;)&lt;/script&gt; &amp; co';
    expect(section).toContain(`v1 on dataset ${escaped}, 4 items × 2 repeats (seed 1), run ${stored.createdAt}.`);
    for (const finding of auditFindings(audit!)) {
      expect(section).toContain(`<li>${finding.replaceAll("'", '&#x27;')}</li>`);
    }
    expect(section).toContain('4 of 4 items got the same verdict all 2 times');
    // A yes/no judge on single items: the unanimous share with its interval, and the judge's ρ (no experts).
    expect(section.split('<svg').length - 1).toBe(2);
    expect(section).toContain('aria-label="Audit shares with intervals"');
    expect(section).toContain('aria-label="Length correlations"');
    const [low, high] = audit!.consistency.unanimous.ci!;
    expect(section).toContain(`<title>Unanimous: 1.000 (95% ${low.toFixed(3)} – ${high.toFixed(3)})</title>`);
    expect(section).toContain(`<title>Judge: ρ ${audit!.length.judge.rho!.toFixed(3)} over 6 items</title>`);
  });
});
