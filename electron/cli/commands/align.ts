// gavel align themes | proposals | accept | reject | edit: why a judge disagrees with its experts,
// grouped into themes, and the guideline edits proposed for the expert to accept, edit or reject.
import { type Command, Option } from 'commander';
import type { AlignCostEstimate, DiffPart, Proposal } from '../../../shared/align';
import { PROVIDER_KINDS, type ProviderKind } from '../../../shared/judging';
import type { Core } from '../../core/service';
import { numberOption, wholeOption } from '../number-option';
import type { GlobalOptions } from '../program';
import { providerFromFlags } from '../provider-options';
import { coreFor, unwrap } from '../workspace-option';

interface ThemesOptions {
  judge: string;
  version?: number;
  provider?: ProviderKind;
  providerId?: string;
  model?: string;
  baseUrl?: string;
  region?: string;
  budget?: number;
  dryRun?: boolean;
  withoutModel?: boolean;
}

/** Runs `action` on the workspace's core, closing it whatever happens. */
async function withCore(command: Command, action: (core: Core, json: boolean) => Promise<void>): Promise<void> {
  const globals = command.optsWithGlobals<GlobalOptions>();
  const core = await coreFor(globals);
  try {
    await action(core, globals.json === true);
  } finally {
    await core.close();
  }
}

export function registerAlign(program: Command): void {
  const align = program
    .command('align')
    .description('align a judge to its experts: its failures grouped into themes, and guideline edits to decide on');

  align
    .command('themes')
    .description(
      "group a judge's failures into themes and propose a guideline per theme (the estimate is printed first)",
    )
    .requiredOption('--judge <name>', 'judge')
    .option(
      '--version <n>',
      'version whose failures to group (default: the newest with verdicts)',
      wholeOption('--version', 1),
    )
    .addOption(
      new Option('--provider <kind>', "ask this provider kind (default: the judge's own)").choices(PROVIDER_KINDS),
    )
    .option('--provider-id <id>', 'name of the provider configuration to use or create (default: the kind)')
    .option('--model <id>', "ask this model (default: the judge's own)")
    .option('--base-url <url>', 'base URL of an OpenAI-compatible server')
    .option('--region <region>', 'AWS region for Bedrock')
    .option(
      '--budget <usd>',
      'refuse, before any call, when the estimate is above this many US dollars',
      numberOption('--budget', (n) => n >= 0, 'an amount in US dollars ≥ 0'),
    )
    .option('--without-model', 'group by audit tags and rationale keywords, and quote the rationales: no model call')
    .option('--dry-run', 'print the estimate and call nothing')
    .action((options: ThemesOptions, command: Command) =>
      withCore(command, async (core, json) => {
        const provider = options.provider
          ? (await providerFromFlags(core, { ...options, provider: options.provider })).id
          : undefined;
        const input = {
          judge: options.judge,
          version: options.version,
          provider,
          model: options.model,
          budget: options.budget,
          withoutModel: options.withoutModel === true,
        };
        // The estimate comes first, from a call that asks no model (and keeps no budget, so that an
        // estimate over it is shown before the refusal); only then is the model asked.
        const planned = unwrap(await core.call('align.themes', { ...input, budget: undefined, dryRun: true }));
        console.error(estimateLine(planned.failures, planned.estimate, options.budget));
        const result = unwrap(await core.call('align.themes', { ...input, dryRun: options.dryRun === true }));
        if (json) return console.log(JSON.stringify(result));
        if (options.dryRun) return;
        const cost = result.cost === null ? 'unknown (no price for the model)' : `$${result.cost.toFixed(4)}`;
        console.log(
          `${result.judge} v${result.version}: ${result.failures} failures in ${result.themes.length} themes; cost ${cost}.`,
        );
        result.themes.forEach((theme, index) => {
          console.log(
            `\n${theme.theme} (${theme.source}; ${theme.itemKeys.length} items: ${theme.itemKeys.join(', ')})`,
          );
          printProposal(result.proposals[index]!);
        });
      }),
    );

  align
    .command('proposals')
    .description("a judge's proposed guideline edits with their status, diff and rationales")
    .requiredOption('--judge <name>', 'judge')
    .action((options: { judge: string }, command: Command) =>
      withCore(command, async (core, json) => {
        const proposals = unwrap(await core.call('align.proposals', { judge: options.judge }));
        if (json) return console.log(JSON.stringify(proposals));
        if (proposals.length === 0) console.log(`No proposals for ${options.judge}: run \`gavel align themes\` first.`);
        for (const proposal of proposals) {
          console.log(`\n${proposal.theme}`);
          printProposal(proposal);
        }
      }),
    );

  const decide = (name: 'accept' | 'reject', description: string) =>
    align
      .command(name)
      .description(description)
      .argument('<id>', 'proposal id', wholeOption('proposal id', 1))
      .action((proposalId: number, _options: unknown, command: Command) =>
        withCore(command, async (core, json) =>
          printDecided(await core.call('align.decide', { proposalId, decision: name }), json),
        ),
      );
  decide('accept', 'accept a proposed guideline');
  decide('reject', 'reject a proposed guideline');

  align
    .command('edit')
    .description('accept a proposed guideline in your own words')
    .argument('<id>', 'proposal id', wholeOption('proposal id', 1))
    .requiredOption('--text <guideline>', 'the guideline as it should read')
    .action((proposalId: number, options: { text: string }, command: Command) =>
      withCore(command, async (core, json) =>
        printDecided(await core.call('align.decide', { proposalId, decision: 'edit', text: options.text }), json),
      ),
    );
}

function estimateLine(failures: number, estimate: AlignCostEstimate | null, budget: number | undefined): string {
  if (failures === 0) return 'Estimate: no failures to group, no model call.';
  if (estimate === null)
    return `Estimate: ${failures} failures, grouped by audit tags and keywords without a model ($0).`;
  const tokens = `${estimate.inputTokens} input + at most ${estimate.outputTokens} output tokens in 2 calls`;
  const cost = estimate.usd === null ? 'no price known for the model' : `up to $${estimate.usd.toFixed(4)}`;
  const cap = budget === undefined ? '' : ` (budget $${budget.toFixed(4)})`;
  return `Estimate: ${failures} failures, ${tokens}: ${cost}${cap}.`;
}

function printDecided(result: Parameters<typeof unwrap<Proposal>>[0], json: boolean): void {
  const proposal = unwrap(result);
  if (json) return console.log(JSON.stringify(proposal));
  printProposal(proposal);
}

function printProposal(proposal: Proposal): void {
  console.log(`  proposal ${proposal.id} [${proposal.status}${proposal.edited === null ? '' : ', edited'}]`);
  console.log(diffLines(proposal.diff));
  for (const rationale of proposal.rationales) console.log(`  ${rationale.itemKey}: "${rationale.text}"`);
}

/** The added and removed lines of a diff, marked + and − as in a patch. */
function diffLines(parts: readonly DiffPart[]): string {
  return parts
    .filter((part) => part.added || part.removed)
    .flatMap((part) =>
      part.value
        .replace(/\n$/, '')
        .split('\n')
        .map((line) => `  ${part.added ? '+' : '-'} ${line}`),
    )
    .join('\n');
}
