// Label files as users hand them over: other encodings, streamed packs, the CLI's --encoding.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LabelImportSummary, LabelPack } from '../../shared/review';
import { gavel } from '../helpers/gavel-cli';
import { tempCore, tempDir, value } from '../helpers/temp-workspace';

/** A closed workspace holding the sample dataset, for CLI processes to open. */
async function sampleWorkspace(): Promise<string> {
  const core = await tempCore({ seedSample: true });
  const file = core.workspace.path;
  await core.close();
  return file;
}

describe('label files', () => {
  it('refuses a Latin-1 label CSV naming the line and the fix, then stores it right with --encoding latin1', async () => {
    const workspace = await sampleWorkspace();
    const csv = path.join(tempDir(), 'ratings.csv');
    fs.writeFileSync(
      csv,
      Buffer.concat([
        Buffer.from('item,judge,value,rationale,reviewer\nnw-004,correctness,no,D'),
        Buffer.from([0xe9]), // é in Latin-1
        Buffer.from('ductible erron'),
        Buffer.from([0xe9]),
        Buffer.from(',ren'),
        Buffer.from([0xe9]),
        Buffer.from('e\n'),
      ]),
    );

    const refused = await gavel(['labels', 'import', csv, '--dataset', '1', '--workspace', workspace]);
    expect(refused.code).not.toBe(0);
    expect(refused.stderr).toMatch(/ratings\.csv, line 2: not UTF-8 text \(byte 0xE9 at byte 59\)/);
    expect(refused.stderr).toMatch(/iconv -f [\w-]+ -t UTF-8 "ratings\.csv" > "ratings-utf8\.csv"/);
    expect(refused.stderr).toMatch(/--encoding [\w-]+/);

    const exported = path.join(tempDir(), 'pack.json');
    await gavel(['labels', 'export', exported, '--workspace', workspace]);
    expect((JSON.parse(fs.readFileSync(exported, 'utf8')) as LabelPack).labels).toEqual([]);

    const accepted = await gavel([
      'labels',
      'import',
      csv,
      '--dataset',
      '1',
      '--encoding',
      'latin1',
      '--workspace',
      workspace,
      '--json',
    ]);
    expect(accepted.code).toBe(0);
    expect(JSON.parse(accepted.stdout)).toMatchObject({ labels: 1, reviewers: ['renée'], skipped: 0 });
    await gavel(['labels', 'export', exported, '--workspace', workspace]);
    const pack = JSON.parse(fs.readFileSync(exported, 'utf8')) as LabelPack;
    expect(pack.labels.map((l) => [l.item, l.reviewer, l.pass, l.rationale])).toEqual([
      ['nw-004', 'renée', false, 'Déductible erroné'],
    ]);
  });

  it('merges a label pack saved as UTF-16 with a byte-order mark', async () => {
    const source = await tempCore({ seedSample: true });
    const { id: itemId } = value(await source.call('items.find', { datasetId: 1, key: 'nw-004' })) as { id: number };
    value(
      await source.call('labels.save', {
        itemId,
        judge: 'correctness',
        reviewer: 'zoë',
        action: 'override',
        pass: false,
        rationale: 'Franchise: 500 € — pas 50 €',
      }),
    );
    const pack = value(await source.call('labels.exportPack', {})) as LabelPack;
    const file = path.join(tempDir(), 'pack-utf16.json');
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(JSON.stringify(pack), 'utf16le')]));

    const target = await tempCore({ seedSample: true });
    const summary = value(
      await target.call('labels.importPack', { source: { kind: 'path', path: file } }),
    ) as LabelImportSummary;
    expect(summary).toMatchObject({ labels: 1, reviewers: ['zoë'], skipped: 0 });
    const merged = value(await target.call('labels.exportPack', {})) as LabelPack;
    expect(merged.labels.map((l) => l.rationale)).toEqual(['Franchise: 500 € — pas 50 €']);
  });

  it('refuses a pack whose last label is broken, naming its line, and stores none of it', async () => {
    const core = await tempCore({ seedSample: true });
    const label = {
      uid: 'u',
      dataset: 'x',
      item: 'nw-004',
      judge: 'correctness',
      reviewer: 'ana',
      action: 'override',
      score: null,
      label: null,
      pass: false,
      rationale: 'r',
      tags: [],
      blind: null,
      createdAt: '2026-01-01T00:00:00Z',
    };
    const labels = Array.from({ length: 2000 }, (_, i) => ({ ...label, uid: `u${i}` }));
    labels.push({ ...label, uid: 'last', action: 'shrug' });
    const file = path.join(tempDir(), 'broken.json');
    fs.writeFileSync(file, JSON.stringify({ format: 'gavel-labels', version: 1, exportedAt: 'now', labels }, null, 1));
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    const lastLabelLine = lines.lastIndexOf('  {') + 1;

    const refused = await core.call('labels.importPack', { source: { kind: 'path', path: file } });
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'IMPORT_REJECTED',
        message: expect.stringMatching(
          new RegExp(`^broken\\.json, line ${lastLabelLine}: label 2001 is not a Gavel label`),
        ),
      },
    });
    expect((value(await core.call('labels.exportPack', {})) as LabelPack).labels).toEqual([]);
  });
});
