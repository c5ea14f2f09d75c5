// Provider flags shared by the commands that call models (run, and later calibrate).
import { type Command, Option } from 'commander';
import { PROVIDER_KINDS, type ProviderConfig, type ProviderKind } from '../../shared/judging';
import type { Core } from '../core/service';
import { providerConfig } from '../core/provider-registry';
import { keyVariables } from '../providers/env-key-store';
import { CliError, unwrap } from './workspace-option';

export interface ProviderFlags {
  provider: ProviderKind;
  providerId?: string;
  model?: string;
  baseUrl?: string;
  region?: string;
  concurrency?: number;
  rpm?: number;
  tpm?: number;
}

const positiveInt = (flag: string) => (value: string) => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new CliError(`${flag} ${value}: expected a whole number ≥ 1`);
  return n;
};

export function addProviderOptions(command: Command): Command {
  return command
    .addOption(new Option('--provider <kind>', 'provider kind').choices(PROVIDER_KINDS).makeOptionMandatory())
    .option('--provider-id <id>', 'name of the provider configuration to use or create (default: the kind)')
    .option('--model <id>', 'model id (deployment name for Azure, model id or inference profile for Bedrock)')
    .option('--base-url <url>', 'base URL of an OpenAI-compatible server (e.g. http://127.0.0.1:11434/v1)')
    .option('--region <region>', 'AWS region for Bedrock')
    .option('--concurrency <n>', 'requests in flight at once', positiveInt('--concurrency'))
    .option('--rpm <n>', 'requests per minute limit', positiveInt('--rpm'))
    .option('--tpm <n>', 'tokens per minute limit', positiveInt('--tpm'));
}

/** Saves the provider configuration the flags describe (merged into an existing one of that id). */
export async function providerFromFlags(core: Core, flags: ProviderFlags): Promise<ProviderConfig> {
  if (flags.provider !== 'heuristic' && !flags.model)
    throw new CliError(`--model is required with --provider ${flags.provider}`);
  if (flags.provider === 'openai-compatible' && !flags.baseUrl && !process.env.OPENAI_BASE_URL) {
    throw new CliError('--base-url is required with --provider openai-compatible (or set OPENAI_BASE_URL)');
  }
  const id = flags.providerId ?? flags.provider;
  const view = unwrap(await core.call('providers.list', {}));
  const existing = view.providers.find((config) => config.id === id);
  const base = existing && existing.kind === flags.provider ? existing : providerConfig(id, flags.provider);
  const config: ProviderConfig = {
    ...base,
    baseUrl: flags.baseUrl ?? base.baseUrl,
    region: flags.region ?? base.region,
    limits: {
      ...base.limits,
      ...(flags.concurrency !== undefined && { concurrency: flags.concurrency }),
      ...(flags.rpm !== undefined && { rpm: flags.rpm }),
      ...(flags.tpm !== undefined && { tpm: flags.tpm }),
    },
  };
  unwrap(await core.call('providers.save', { config }));
  if (flags.baseUrl) await confirmEnvironmentKey(core, config);
  return config;
}

/**
 * The owner typed --base-url on their own command line: the key their environment holds for this
 * provider may go there (elsewhere, keys go only to the endpoint they were entered for).
 */
async function confirmEnvironmentKey(core: Core, config: ProviderConfig): Promise<void> {
  if (config.kind === 'heuristic' || config.kind === 'bedrock') return;
  const key = keyVariables(config.id, config.kind)
    .map((name) => process.env[name])
    .find(Boolean);
  if (key) unwrap(await core.call('providers.setKey', { id: config.id, key }));
}
