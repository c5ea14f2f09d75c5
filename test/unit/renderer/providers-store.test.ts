import { describe, expect, it, vi } from 'vitest';
import { createGavelStore } from '../../../renderer/src/store/create-store';
import type { ProviderConfig } from '../../../shared/judging';
import { fail, ok } from '../../../shared/result';
import { createFakeApi } from './fake-api';
import { provider, providersView } from './judging-fixtures';

const KEY = 'sk-test-0123456789abcdef';

describe('providers slice', () => {
  it('lists providers with their key status', async () => {
    const view = providersView([provider('openai'), provider('ollama', { kind: 'openai-compatible' })], ['openai']);
    const { api } = createFakeApi({ 'providers.list': vi.fn(async () => ok(view)) });
    const store = createGavelStore(api);
    await store.getState().loadProviders();
    expect(store.getState().providers).toMatchObject({ view, loaded: true, error: null });
  });

  it('saves a new provider and keeps its form open on it, so its key can be set next', async () => {
    const ollama = provider('ollama', { kind: 'openai-compatible', baseUrl: 'http://127.0.0.1:11434/v1' });
    const save = vi.fn(async ({ config }: { config: ProviderConfig }) => ok(providersView([config])));
    const { api } = createFakeApi({ 'providers.save': save });
    const store = createGavelStore(api);
    store.getState().openProviderForm({ kind: 'new' });

    await store.getState().saveProvider(ollama);
    expect(save).toHaveBeenCalledWith({ config: ollama });
    const { providers } = store.getState();
    expect(providers.view?.providers).toEqual([ollama]);
    expect(providers.form).toMatchObject({ target: { kind: 'existing', id: 'ollama' }, saved: true, error: null });
  });

  it('shows a refused provider in its form', async () => {
    const { api } = createFakeApi({
      'providers.save': vi.fn(async () => fail('INVALID_INPUT', 'config.baseUrl: Invalid URL')),
    });
    const store = createGavelStore(api);
    store.getState().openProviderForm({ kind: 'new' });
    await store.getState().saveProvider(provider('bad', { baseUrl: 'not a url' }));
    expect(store.getState().providers.form).toMatchObject({
      target: { kind: 'new' },
      saved: false,
      error: { code: 'INVALID_INPUT', message: 'config.baseUrl: Invalid URL' },
    });
  });

  it('sends a key to the keychain without ever keeping it in the store', async () => {
    const setKey = vi.fn(async () => ok(providersView([provider('openai')], ['openai'])));
    const { api } = createFakeApi({ 'providers.setKey': setKey });
    const store = createGavelStore(api);
    const states: string[] = [];
    store.subscribe((state) => states.push(JSON.stringify(state)));
    store.getState().openProviderForm({ kind: 'existing', id: 'openai' });

    await expect(store.getState().setProviderKey('openai', KEY)).resolves.toBe(true);
    expect(setKey).toHaveBeenCalledWith({ id: 'openai', key: KEY });
    const { providers } = store.getState();
    expect(providers.view?.keys.openai).toEqual({
      present: true,
      source: 'keychain',
      hint: null,
      problem: null,
      envVariables: ['GAVEL_KEY_OPENAI', 'OPENAI_API_KEY'],
    });
    expect(providers.form).toMatchObject({ keySaved: true, savingKey: false });
    expect(states.length).toBeGreaterThan(0);
    for (const state of [...states, JSON.stringify(store.getState())]) expect(state).not.toContain(KEY);
  });

  it('reports a key the main process refused, so the field keeps it for another try', async () => {
    const { api } = createFakeApi({
      'providers.setKey': vi.fn(async () => fail('FORBIDDEN', 'API keys come from environment variables here')),
    });
    const store = createGavelStore(api);
    store.getState().openProviderForm({ kind: 'existing', id: 'openai' });
    await expect(store.getState().setProviderKey('openai', KEY)).resolves.toBe(false);
    expect(store.getState().providers.form?.error?.code).toBe('FORBIDDEN');
    expect(JSON.stringify(store.getState())).not.toContain(KEY);
  });

  it('keeps each provider’s connection test apart', async () => {
    const test = vi.fn(async ({ id }: { id: string }) =>
      id === 'openai'
        ? ok({ ok: true, message: 'Connected', models: ['gpt-4o'] })
        : ok({ ok: false, message: 'Connection refused', models: [] }),
    );
    const { api } = createFakeApi({ 'providers.test': test });
    const store = createGavelStore(api);
    await Promise.all([store.getState().testProvider('openai'), store.getState().testProvider('ollama')]);
    const { tests } = store.getState().providers;
    expect(tests.openai).toEqual({
      running: false,
      result: { ok: true, message: 'Connected', models: ['gpt-4o'] },
      error: null,
    });
    expect(tests.ollama?.result).toMatchObject({ ok: false, message: 'Connection refused' });
  });

  it('deletes a provider and closes its form', async () => {
    const { api } = createFakeApi({ 'providers.delete': vi.fn(async () => ok(providersView([]))) });
    const store = createGavelStore(api);
    store.getState().openProviderForm({ kind: 'existing', id: 'openai' });
    await store.getState().deleteProvider('openai');
    expect(api['providers.delete']).toHaveBeenCalledWith({ id: 'openai' });
    expect(store.getState().providers).toMatchObject({ form: null, view: { providers: [] } });
  });

  it('detects Ollama', async () => {
    const { api } = createFakeApi({
      'providers.detectOllama': vi.fn(async () => ok({ available: true, models: ['llama3.1:8b'] })),
    });
    const store = createGavelStore(api);
    await expect(store.getState().detectOllama()).resolves.toEqual({ available: true, models: ['llama3.1:8b'] });
    expect(store.getState().providers.ollama).toEqual({
      detecting: false,
      result: { available: true, models: ['llama3.1:8b'] },
    });
  });
});

describe('prices slice', () => {
  it('loads and saves the price table', async () => {
    const { api } = createFakeApi({
      'prices.list': vi.fn(async () => ok([{ model: 'gpt-4o', input: 2.5, output: 10 }])),
    });
    const store = createGavelStore(api);
    await store.getState().loadPrices();
    expect(store.getState().prices.list).toEqual([{ model: 'gpt-4o', input: 2.5, output: 10 }]);

    const next = [
      { model: 'gpt-4o', input: 2.5, output: 10 },
      { model: 'llama3.1:8b', input: 0, output: 0 },
    ];
    await store.getState().savePrices(next);
    expect(api['prices.save']).toHaveBeenCalledWith({ prices: next });
    expect(store.getState().prices).toMatchObject({ list: next, saved: true, saving: false });
    store.getState().pricesEdited();
    expect(store.getState().prices.saved).toBe(false);
  });
});
