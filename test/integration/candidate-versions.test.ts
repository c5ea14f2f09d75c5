// Candidate versions (saved by an alignment search) sit beside the judge's versions without becoming
// its current one: lists, statistics and the CLI keep using the newest ordinary version until a
// candidate is promoted, and nothing else about saving versions changes.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExportFile, JudgeAgreement, RunSummary } from '../../shared/contract';
import type { JudgeSpec, JudgeSummary, JudgeVersionView } from '../../shared/judging';
import { promoteJudgeVersion } from '../../electron/db/queries/judges';
import type { Core } from '../../electron/core/service';
import { scriptedWorkspace } from '../helpers/scripted-judges';
import { tempCore, tempDir, value } from '../helpers/temp-workspace';

const KEYS = ['k1', 'k2', 'k3'];

/** The version of each item's verdict the review desk shows (its latest_verdict row). */
const deskVersions = (core: Core) =>
  (
    core.workspace.reader
      .prepare(
        `SELECT v.version FROM latest_verdict lv JOIN judgment jm ON jm.id = lv.judgment_id
           JOIN judge_version v ON v.id = jm.judge_version_id ORDER BY lv.item_id`,
      )
      .all() as { version: number }[]
  ).map((row) => row.version);
const passFail = { name: 'tone', outputType: { kind: 'pass_fail' as const }, greaterIsBetter: true };

describe('candidate judge versions', () => {
  it('are listed and marked but never current until promoted; an ordinary save is not a candidate', async () => {
    const desk = await scriptedWorkspace(KEYS);
    const { core } = desk;
    await desk.judge(passFail, new Map(KEYS.map((k) => [k, 'yes'])));
    const current = async () => {
      const judges = value(await core.call('judges.list', {})) as JudgeSummary[];
      return judges.find((j) => j.name === 'tone')!;
    };
    const v1 = (await current()).latest;
    const withText = (text: string): JudgeSpec => ({ ...v1.spec!, instructions: `${v1.spec!.instructions}\n${text}` });

    const saved = value(
      await core.call('judges.save', { name: 'tone', spec: withText('- Check the dosage.'), candidate: true }),
    ) as { version: JudgeVersionView; created: boolean };
    expect(saved).toMatchObject({ created: true, version: { version: 2, candidate: true } });
    // The candidate gets verdicts of its own (a search runs it), and still is not current.
    const run = value(
      await core.call('runs.start', { datasetId: desk.datasetId, judgeVersionIds: [saved.version.id] }),
    ) as RunSummary;
    expect((await core.runner.wait(run.id)).status).toBe('done');
    expect(await current()).toMatchObject({ versions: 2, latest: { version: 1, candidate: false } });
    // The review desk keeps showing the judge's own verdicts, not the candidate's.
    expect(deskVersions(core)).toEqual([1, 1, 1]);
    const stats = value(await core.call('calibration.stats', { judge: 'tone' })) as JudgeAgreement;
    expect(stats.version).toBe(1);
    const explicit = value(await core.call('calibration.stats', { judge: 'tone', version: 2 })) as JudgeAgreement;
    expect(explicit.version).toBe(2);
    const { versions } = value(await core.call('judges.get', { name: 'tone' })) as { versions: JudgeVersionView[] };
    expect(versions.map((v) => [v.version, v.candidate])).toEqual([
      [1, false],
      [2, true],
    ]);

    // Saving an ordinary definition as a candidate leaves it ordinary.
    const again = value(await core.call('judges.save', { name: 'tone', spec: v1.spec!, candidate: true })) as {
      version: JudgeVersionView;
    };
    expect(again.version).toMatchObject({ version: 1, candidate: false });

    // An ordinary save numbers after the candidate and is current at once.
    const ordinary = value(await core.call('judges.save', { name: 'tone', spec: withText('- Be brief.') })) as {
      version: JudgeVersionView;
    };
    expect(ordinary.version).toMatchObject({ version: 3, candidate: false });
    expect((await current()).latest.version).toBe(3);

    // Promoting clears the flag; the newest ordinary version is current.
    const candidate = value(
      await core.call('judges.save', { name: 'tone', spec: withText('- Mind refusals.'), candidate: true }),
    ) as { version: JudgeVersionView };
    expect(candidate.version).toMatchObject({ version: 4, candidate: true });
    expect((await current()).latest.version).toBe(3);
    promoteJudgeVersion(core.workspace.writer, candidate.version.id);
    expect((await current()).latest).toMatchObject({ version: 4, candidate: false });

    // Saving the old candidate's definition the ordinary way makes it ordinary (it stays v2), and its
    // verdicts (the newest) are now the judge's on the desk.
    const reSaved = value(await core.call('judges.save', { name: 'tone', spec: withText('- Check the dosage.') })) as {
      version: JudgeVersionView;
      created: boolean;
    };
    expect(reSaved).toMatchObject({ created: false, version: { version: 2, candidate: false } });
    expect(deskVersions(core)).toEqual([2, 2, 2]);
  });

  it('stay candidates through a Gavel JSONL dump and restore', async () => {
    const desk = await scriptedWorkspace(KEYS);
    const { core } = desk;
    await desk.judge(passFail, new Map(KEYS.map((k) => [k, 'yes'])));
    const v1 = (value(await core.call('judges.get', { name: 'tone' })) as { versions: JudgeVersionView[] })
      .versions[0]!;
    const saved = value(
      await core.call('judges.save', {
        name: 'tone',
        spec: { ...v1.spec!, instructions: `${v1.spec!.instructions}\n- Check the dosage.` },
        candidate: true,
      }),
    ) as { version: JudgeVersionView };
    const run = value(
      await core.call('runs.start', { datasetId: desk.datasetId, judgeVersionIds: [saved.version.id] }),
    ) as RunSummary;
    expect((await core.runner.wait(run.id)).status).toBe('done');
    // A Gavel dump carries the items an expert labelled, with every verdict on them.
    const judgment = await desk.judgmentOf('k1', 'tone');
    value(
      await core.call('labels.save', {
        itemId: desk.itemIds.get('k1')!,
        judgmentId: judgment.id,
        judge: 'tone',
        reviewer: 'ana',
        action: 'confirm',
      }),
    );
    const dump = value(await core.call('export.build', { judge: 'tone', format: 'gavel' })) as ExportFile;
    const file = path.join(tempDir(), dump.fileName);
    fs.writeFileSync(file, dump.content);

    const fresh = await tempCore();
    value(await fresh.call('import.run', { source: { kind: 'path', path: file } }));
    const restored = value(await fresh.call('judges.list', {})) as JudgeSummary[];
    expect(restored.find((j) => j.name === 'tone')).toMatchObject({
      versions: 2,
      latest: { version: 1, candidate: false },
    });
    const versions = (value(await fresh.call('judges.get', { name: 'tone' })) as { versions: JudgeVersionView[] })
      .versions;
    expect(versions.map((v) => [v.version, v.candidate])).toEqual([
      [1, false],
      [2, true],
    ]);
  });
});
