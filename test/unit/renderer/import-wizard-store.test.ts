import { describe, expect, it, vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import { datasetNameFor } from '../../../renderer/src/store/slices/import/import-wizard';
import type { ImportPreview, ImportSummary } from '../../../shared/contract';
import { ITEM_FIELDS } from '../../../shared/domain';
import { fail, ok, type ApiError, type Result } from '../../../shared/result';
import { createFakeApi, deferred, flush } from './fake-api';

const preview: ImportPreview = {
  fileName: 'qa.csv',
  format: 'csv',
  detected: true,
  columns: ['question', 'answer', 'expected_answer', 'context'],
  mapping: { request: 'question', response: 'answer', expected_response: 'expected_answer' },
  mappable: true,
  rows: [
    {
      row: 1,
      key: '1',
      item: {
        request: 'What is MLflow?',
        response: 'A platform.',
        expected_response: 'An ML lifecycle platform.',
        expected_facts: null,
        guidelines: null,
        retrieved_context: null,
        metadata: {},
      },
      verdicts: 0,
      labels: 0,
      answers: [],
    },
  ],
  rowsRead: 1,
  complete: true,
  judges: [],
  labels: 0,
  columnUses: [],
};

const summary: ImportSummary = {
  dataset: { id: 7, name: 'qa', items: 1 },
  rows: 1,
  inserted: 1,
  unchanged: 0,
  judges: [],
  judgments: 0,
  labels: 0,
  answers: 0,
  reviewers: [],
  runId: null,
  errors: 0,
  columnUses: [],
};

const file = () => new File(['question,answer\n'], 'qa.csv', { type: 'text/csv' });

const unmapped = Object.fromEntries(ITEM_FIELDS.map((field) => [field, null]));
describe('import wizard slice', () => {
  it('names the new dataset after the file', () => {
    expect(datasetNameFor('qa.csv')).toBe('qa');
    expect(datasetNameFor('eval.results.json')).toBe('eval.results');
    expect(datasetNameFor('README')).toBe('README');
  });

  it('goes from a file to its preview, then imports it with progress into a summary', async () => {
    const run = deferred<Result<ImportSummary>>();
    const { api, emit } = createFakeApi({
      'import.inspect': vi.fn(async () => ok(preview)),
      'import.run': vi.fn(() => run.promise),
    });
    const store = createGavelStore(api);
    store.getState().start();
    store.getState().openImport();

    await store.getState().chooseImportFile(file());
    let wizard = store.getState().importWizard;
    expect(api.sourceForFile).toHaveBeenCalledOnce();
    expect(api['import.inspect']).toHaveBeenCalledWith({
      source: { kind: 'path', path: '/data/qa.csv' },
      format: undefined,
      mapping: undefined,
    });
    expect(wizard).toMatchObject({ step: 'preview', busy: false, format: 'csv', preview, error: null });
    expect(wizard.target).toEqual({ kind: 'new', name: 'qa' });

    const running = store.getState().runImport();
    wizard = store.getState().importWizard;
    expect(wizard.step).toBe('importing');
    const jobId = wizard.jobId;
    expect(jobId).toMatch(/^[0-9a-f-]{36}$/);
    expect(api['import.run']).toHaveBeenCalledWith({
      source: { kind: 'path', path: '/data/qa.csv' },
      format: 'csv',
      // Every field as shown: those not mapped are sent as null, so detection cannot bring one back.
      mapping: { ...unmapped, ...preview.mapping },
      dataset: { name: 'qa' },
      jobId,
    });

    emit({ type: 'import.progress', jobId: 'someone-else', rows: 99, bytes: 99, totalBytes: 100 });
    expect(store.getState().importWizard.progress).toBeNull();
    emit({ type: 'import.progress', jobId: jobId!, rows: 3, bytes: 40, totalBytes: 80 });
    expect(store.getState().importWizard.progress).toEqual({ rows: 3, bytes: 40, totalBytes: 80 });

    const listsBefore = api['datasets.list'].mock.calls.length;
    run.resolve(ok(summary));
    await running;
    wizard = store.getState().importWizard;
    expect(wizard.step).toBe('done');
    expect(wizard.summary).toEqual(summary);
    expect(api['datasets.list'].mock.calls.length).toBeGreaterThan(listsBefore);
  });

  it('imports into an existing dataset by id', async () => {
    const { api } = createFakeApi({
      'import.inspect': vi.fn(async () => ok(preview)),
      'import.run': vi.fn(async () => ok(summary)),
    });
    const store = createGavelStore(api);
    await store.getState().chooseImportFile(file());
    store.getState().setImportTarget({ kind: 'existing', datasetId: 7 });
    await store.getState().runImport();
    expect(api['import.run']).toHaveBeenCalledWith(expect.objectContaining({ dataset: { id: 7 } }));
  });

  it('re-inspects with the changed mapping or format', async () => {
    const { api } = createFakeApi({ 'import.inspect': vi.fn(async () => ok(preview)) });
    const store = createGavelStore(api);
    await store.getState().chooseImportFile(file());

    await store.getState().setImportMapping('retrieved_context', 'context');
    expect(api['import.inspect']).toHaveBeenLastCalledWith({
      source: { kind: 'path', path: '/data/qa.csv' },
      format: 'csv',
      mapping: { ...unmapped, ...preview.mapping, retrieved_context: 'context' },
    });

    await store.getState().setImportMapping('expected_response', null);
    expect(api['import.inspect']).toHaveBeenLastCalledWith(
      expect.objectContaining({ mapping: { ...unmapped, request: 'question', response: 'answer' } }),
    );

    await store.getState().setImportFormat('jsonl');
    expect(api['import.inspect']).toHaveBeenLastCalledWith({
      source: { kind: 'path', path: '/data/qa.csv' },
      format: 'jsonl',
      mapping: undefined,
    });
  });

  it('keeps only the latest inspection when an older one answers last', async () => {
    const slow = deferred<Result<ImportPreview>>();
    const { api } = createFakeApi({ 'import.inspect': vi.fn(async () => ok(preview)) });
    const store = createGavelStore(api);
    await store.getState().chooseImportFile(file());

    api['import.inspect'].mockReturnValueOnce(slow.promise);
    const first = store.getState().setImportFormat('json');
    await store.getState().setImportFormat('jsonl');
    slow.resolve(ok({ ...preview, format: 'json' }));
    await first;
    expect(store.getState().importWizard.preview?.format).toBe('csv');
    expect(store.getState().importWizard.busy).toBe(false);
  });

  it('shows an IMPORT_REJECTED inspection as the wizard error, and a next file clears it', async () => {
    const rejection: ApiError = { code: 'IMPORT_REJECTED', message: 'qa.csv, line 7: expected 4 columns, found 3' };
    const { api } = createFakeApi({
      'import.inspect': vi.fn(async (): Promise<Result<ImportPreview>> => fail(rejection.code, rejection.message)),
    });
    const store = createGavelStore(api);
    store.getState().openImport();

    await store.getState().chooseImportFile(file());
    let wizard = store.getState().importWizard;
    expect(wizard.error).toEqual(rejection);
    expect(wizard).toMatchObject({ step: 'choose', busy: false, preview: null, open: true });

    api['import.inspect'].mockResolvedValueOnce(ok(preview));
    await store.getState().chooseImportFile(file());
    wizard = store.getState().importWizard;
    expect(wizard.error).toBeNull();
    expect(wizard.preview).toEqual(preview);
  });

  it('shows an IMPORT_REJECTED run as the wizard error and goes back to the preview', async () => {
    const rejection: ApiError = { code: 'IMPORT_REJECTED', message: 'qa.csv, line 7: unterminated quote' };
    const { api } = createFakeApi({
      'import.inspect': vi.fn(async () => ok(preview)),
      'import.run': vi.fn(async () => fail(rejection.code, rejection.message)),
    });
    const store = createGavelStore(api);
    await store.getState().chooseImportFile(file());
    await store.getState().runImport();
    const wizard = store.getState().importWizard;
    expect(wizard.step).toBe('preview');
    expect(wizard.error).toEqual(rejection);
    expect(wizard.summary).toBeNull();
  });

  it('shows a failed upload as the wizard error without inspecting', async () => {
    const { api } = createFakeApi({
      sourceForFile: vi.fn(async () => fail('FORBIDDEN', 'Bad token')),
      'import.inspect': vi.fn(),
    });
    const store = createGavelStore(api);
    await store.getState().chooseImportFile(file());
    expect(store.getState().importWizard.error?.code).toBe('FORBIDDEN');
    expect(api['import.inspect']).not.toHaveBeenCalled();
  });

  it('forgets everything when closed', async () => {
    const { api } = createFakeApi({ 'import.inspect': vi.fn(async () => ok(preview)) });
    const store = createGavelStore(api);
    await store.getState().chooseImportFile(file());
    store.getState().closeImport();
    expect(store.getState().importWizard).toMatchObject({ open: false, preview: null, source: null });
    await flush();
  });
});
