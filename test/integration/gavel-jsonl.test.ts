// Gavel JSONL round trips between real workspace files: exported, restored into a fresh workspace
// (same items, verdicts and label history) and into the workspace it came from (nothing added).
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openCore } from '../../electron/core/open-core';
import type { Core } from '../../electron/core/service';
import type { ExportFile, ImportPreview, ImportSummary } from '../../shared/contract';
import type { ItemDetail } from '../../shared/domain';
import { tempDir, value } from '../helpers/temp-workspace';

const cores: Core[] = [];
afterEach(async () => {
  await Promise.all(cores.splice(0).map((core) => core.close()));
});

async function workspace(seedSample = false) {
  const file = path.join(tempDir(), 'workspace.gavel');
  const core = await openCore({ workspacePath: file, seedSample });
  cores.push(core);
  return { core, file };
}

/** Everything a workspace holds about its items, by names and keys rather than row ids. */
function snapshot(file: string) {
  const db = new Database(file, { readonly: true });
  try {
    const all = (query: string) => db.prepare(query).all() as Record<string, unknown>[];
    return {
      items: all(`
        SELECT d.name AS dataset, i.key, i.request, i.response, i.expected_response, i.expected_facts, i.guidelines,
               i.retrieved_context, i.metadata, i.source, i.created_at
          FROM item i JOIN dataset d ON d.id = i.dataset_id ORDER BY d.name, i.key`),
      judgments: all(`
        SELECT d.name AS dataset, i.key, j.name AS judge, v.version, v.kind, v.content_hash, v.spec, v.output_type,
               v.instructions, v.model, v.greater_is_better, r.name AS run, r.kind AS run_kind, r.source AS run_source,
               r.status AS run_status, r.created_at AS run_created, jm.status, jm.score, jm.label, jm.pass,
               jm.justification, jm.raw_output, jm.chunk_results, jm.distribution, jm.error, jm.attempts,
               jm.latency_ms, jm.input_tokens, jm.output_tokens, jm.cost, jm.created_at, jm.updated_at
          FROM judgment jm JOIN item i ON i.id = jm.item_id JOIN dataset d ON d.id = i.dataset_id
          JOIN judge_version v ON v.id = jm.judge_version_id JOIN judge j ON j.id = v.judge_id
          JOIN run r ON r.id = jm.run_id
         ORDER BY d.name, i.key, j.name, v.version, r.created_at`),
      labels: all(`
        SELECT d.name AS dataset, i.key, j.name AS judge, rv.name AS reviewer, l.action, l.score, l.label, l.pass,
               l.rationale, l.tags, l.blind, l.blind_score, l.blind_label, l.blind_pass, l.source, l.source_key,
               l.created_at, l.supersedes_id IS NOT NULL AS supersedes,
               (SELECT vj.name || '/' || v.version FROM judgment jm JOIN judge_version v ON v.id = jm.judge_version_id
                  JOIN judge vj ON vj.id = v.judge_id WHERE jm.id = l.judgment_id) AS reviewed
          FROM label l JOIN item i ON i.id = l.item_id JOIN dataset d ON d.id = i.dataset_id
          JOIN judge j ON j.id = l.judge_id JOIN reviewer rv ON rv.id = l.reviewer_id
         ORDER BY d.name, i.key, j.name, rv.name, l.created_at, l.id`),
      latestLabels: all(`
        SELECT d.name AS dataset, i.key, j.name AS judge, rv.name AS reviewer, ll.action, ll.score, ll.pass, ll.tags
          FROM latest_label ll JOIN item i ON i.id = ll.item_id JOIN dataset d ON d.id = i.dataset_id
          JOIN judge j ON j.id = ll.judge_id JOIN reviewer rv ON rv.id = ll.reviewer_id
         ORDER BY d.name, i.key, j.name, rv.name`),
      latestVerdicts: all(`
        SELECT d.name AS dataset, i.key, j.name AS judge, lv.status, lv.score, lv.label, lv.pass
          FROM latest_verdict lv JOIN item i ON i.id = lv.item_id JOIN dataset d ON d.id = i.dataset_id
          JOIN judge j ON j.id = lv.judge_id
         ORDER BY d.name, i.key, j.name`),
    };
  } finally {
    db.close();
  }
}

/** The sample workspace with labels of every kind: imported, made in review (blind, tagged), superseded. */
async function reviewedSample() {
  const source = await workspace(true);
  const { core } = source;
  const pack = path.join(tempDir(), 'labels.csv');
  fs.writeFileSync(
    pack,
    'item,judge,value,rationale,reviewer\nnw-004,correctness,no,"The deductible is $1200, not ""$1500""",ana\nnw-001,correctness,yes,,ana\n',
  );
  value(await core.call('labels.importPack', { source: { kind: 'path', path: pack }, datasetId: 1 }));
  const item = value(await core.call('items.get', { id: 10 })) as ItemDetail;
  const verdict = item.judgments.find((j) => j.judge === 'correctness')!;
  const save = (pass: boolean, rationale: string) =>
    core.call('labels.save', {
      itemId: item.id,
      judge: 'correctness',
      reviewer: 'bo',
      action: pass === verdict.pass ? 'confirm' : 'override',
      pass,
      rationale,
      tags: ['misread_context'],
      judgmentId: verdict.id,
      blind: { score: null, label: null, pass: !pass },
    });
  value(await save(!verdict.pass, 'First thought: "wrong"\nsecond line 😀'));
  value(await save(verdict.pass ?? true, 'On reflection the judge was right'));
  return source;
}

async function exportGavel(core: Core): Promise<string> {
  const file = value(await core.call('export.build', { judge: 'correctness', format: 'gavel' })) as ExportFile;
  expect(file.fileName).toBe('correctness-v1-gavel.jsonl');
  const out = path.join(tempDir(), file.fileName);
  fs.writeFileSync(out, file.content);
  return out;
}

const importFile = async (core: Core, file: string) =>
  value(await core.call('import.run', { source: { kind: 'path', path: file } })) as ImportSummary;

describe('Gavel JSONL', () => {
  it('restores items, verdicts and the whole label history into a fresh workspace', async () => {
    const source = await reviewedSample();
    const exported = await exportGavel(source.core);
    const before = snapshot(source.file);
    // The history under test: a blind, tagged label on a verdict, superseded by a later one.
    expect(before.labels).toContainEqual(
      expect.objectContaining({
        reviewer: 'bo',
        blind: 1,
        tags: '["misread_context"]',
        reviewed: 'correctness/1',
        supersedes: 0,
      }),
    );
    expect(before.labels).toContainEqual(expect.objectContaining({ reviewer: 'bo', supersedes: 1 }));
    expect(before.judgments.some((j) => j.chunk_results !== null)).toBe(true);

    const fresh = await workspace();
    const preview = value(
      await fresh.core.call('import.inspect', { source: { kind: 'path', path: exported }, previewRows: 5 }),
    ) as ImportPreview;
    expect(preview.format).toBe('gavel');
    const summary = await importFile(fresh.core, exported);
    expect(summary.inserted).toBe(before.items.length);
    expect(summary.judgments).toBe(before.judgments.length);
    expect(summary.labels).toBe(before.labels.length);

    expect(snapshot(fresh.file)).toEqual(before);
    // Restored, it exports to the very same file.
    expect(fs.readFileSync(await exportGavel(fresh.core), 'utf8')).toBe(fs.readFileSync(exported, 'utf8'));
    const stats = async (core: Core) => value(await core.call('calibration.stats', { judge: 'correctness' }));
    expect(await stats(fresh.core)).toEqual(await stats(source.core));
  });

  it('adds nothing when imported into the workspace it came from, or imported twice', async () => {
    const source = await reviewedSample();
    const exported = await exportGavel(source.core);
    const before = snapshot(source.file);
    const again = await importFile(source.core, exported);
    expect(again).toMatchObject({ inserted: 0, judgments: 0, labels: 0, unchanged: before.items.length });
    expect(snapshot(source.file)).toEqual(before);

    const fresh = await workspace();
    await importFile(fresh.core, exported);
    expect(await importFile(fresh.core, exported)).toMatchObject({ inserted: 0, judgments: 0, labels: 0 });
    expect(snapshot(fresh.file)).toEqual(before);
  });
});
