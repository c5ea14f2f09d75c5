// Experts' labels on imported MLflow traces go back to MLflow as human feedback on the same traces.
import { describe, expect, it } from 'vitest';
import type { ExportFile } from '../../shared/contract';
import { fixture, tempCore, value } from '../helpers/temp-workspace';

describe('mlflow-assessments export', () => {
  it('writes each human decision as log_feedback arguments on its trace, named as the judge', async () => {
    const core = await tempCore();
    value(await core.call('import.run', { source: { kind: 'path', path: fixture('mlflow3-trace.json') } }));
    const file = value(
      await core.call('export.build', { judge: 'correctness', format: 'mlflow-assessments' }),
    ) as ExportFile;
    expect(file.fileName).toMatch(/mlflow-assessments\.jsonl$/);
    const lines = file.content
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line) as unknown);
    expect(lines).toEqual([
      {
        trace_id: 'tr-7f3a',
        name: 'correctness',
        value: 'yes',
        rationale: '2018 is right: the 2019 date is the second edition.',
        source: { source_type: 'HUMAN', source_id: 'ana@x.org' },
      },
    ]);
  });
});
