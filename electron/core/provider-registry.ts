// Provider configurations (kept in the workspace, without secrets) and the key status of each.
import type Database from 'better-sqlite3';
import type { KeyStatus, ProvidersView } from '../../shared/contract';
import { DEFAULT_LIMITS, type ModelPrice, type ProviderConfig, type ProviderKind } from '../../shared/judging';
import { GavelError } from '../../shared/result';
import { readSetting, writeSetting } from '../db/queries/settings';
import { keyVariables } from '../providers/env-key-store';
import type { KeyStore } from '../providers/types';
import { DEFAULT_PRICES } from '../runner/prices';
import type { WriteQueue } from './write-queue';

const PROVIDERS = 'providers';
const PRICES = 'prices';

/** The provider configurations saved in a workspace. */
export const listProviders = (db: Database.Database) => readSetting<ProviderConfig[]>(db, PROVIDERS, []);

export function createProviderRegistry(deps: {
  reader: Database.Database;
  writer: Database.Database;
  writes: WriteQueue;
  keys: KeyStore;
}) {
  const list = () => listProviders(deps.reader);

  async function view(): Promise<ProvidersView> {
    const providers = list();
    const keys: Record<string, KeyStatus> = {};
    for (const config of providers) {
      const present = config.kind === 'heuristic' || (await deps.keys.get(config.id)) !== null;
      keys[config.id] = {
        present,
        source: present ? deps.keys.describe().backend : null,
        envVariables:
          config.kind === 'heuristic' || config.kind === 'bedrock' ? [] : keyVariables(config.id, config.kind),
      };
    }
    return { providers, keys, keyStore: deps.keys.describe() };
  }

  return {
    list,
    view,
    get(id: string): ProviderConfig {
      const found = list().find((config) => config.id === id);
      if (!found) throw new GavelError('NOT_FOUND', `No provider "${id}". Add it in Settings > Providers.`);
      return found;
    },
    async save(config: ProviderConfig) {
      await deps.writes.run(() =>
        writeSetting(deps.writer, PROVIDERS, [...list().filter((c) => c.id !== config.id), config]),
      );
      return view();
    },
    async remove(id: string) {
      await deps.writes.run(() =>
        writeSetting(
          deps.writer,
          PROVIDERS,
          list().filter((c) => c.id !== id),
        ),
      );
      return view();
    },
    prices: () => readSetting<ModelPrice[]>(deps.reader, PRICES, DEFAULT_PRICES),
    async savePrices(prices: ModelPrice[]) {
      await deps.writes.run(() => writeSetting(deps.writer, PRICES, prices));
      return prices;
    },
  };
}

export type ProviderRegistry = ReturnType<typeof createProviderRegistry>;

/** A provider config with defaults for what the caller left out (the CLI's flags). */
export function providerConfig(id: string, kind: ProviderKind, fields: Partial<ProviderConfig> = {}): ProviderConfig {
  return {
    id,
    kind,
    baseUrl: null,
    azure: null,
    region: null,
    profile: null,
    endpoint: null,
    ...fields,
    limits: { ...DEFAULT_LIMITS, ...fields.limits },
  };
}
