// gavel judges list | show <name> | add <name>: judges and their versions.
import fs from 'node:fs';
import type { Command } from 'commander';
import type { OutputType } from '../../../shared/domain';
import {
  currentVersionOf,
  DEFAULT_PARAMS,
  type JudgeSpec,
  type JudgeVersionView,
  type TemplateInfo,
} from '../../../shared/judging';
import type { GlobalOptions } from '../program';
import { CliError, coreFor, unwrap } from '../workspace-option';

export function registerJudges(program: Command): void {
  const judges = program.command('judges').description('list, show and add judges');

  judges
    .command('list')
    .description('judges in the workspace, and the built-in templates')
    .action(async (_options: unknown, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const core = await coreFor(globals);
      try {
        const list = unwrap(await core.call('judges.list', {}));
        const templates = unwrap(await core.call('templates.list', {}));
        if (globals.json) {
          return console.log(
            JSON.stringify({
              judges: list.map((j) => ({ name: j.name, versions: j.versions, latest: versionJson(j.latest) })),
              templates: templates.map((t) => ({ name: t.name, family: t.family, description: t.description })),
            }),
          );
        }
        console.log(list.length === 0 ? 'No judges yet.' : 'Judges:');
        for (const j of list) console.log(`  ${j.name}  v${j.latest.version} (${describe(j.latest)})`);
        console.log('Templates (use a name with `gavel run --judge <name>` or `gavel judges add`):');
        for (const t of templates) console.log(`  ${t.name.padEnd(28)} ${t.family.padEnd(10)} ${t.description}`);
      } finally {
        await core.close();
      }
    });

  judges
    .command('show')
    .description("a judge's versions (candidates marked) and its current definition")
    .argument('<name>')
    .action(async (name: string, _options: unknown, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const core = await coreFor(globals);
      try {
        const { versions } = unwrap(await core.call('judges.get', { name }));
        if (globals.json) return console.log(JSON.stringify({ name, versions: versions.map(versionJson) }));
        for (const v of versions)
          console.log(
            `v${v.version}  ${v.createdAt}  ${describe(v)}  ${v.contentHash.slice(0, 12)}${v.candidate ? '  (candidate)' : ''}`,
          );
        const current = currentVersionOf(versions);
        if (current?.spec) console.log(`\nInstructions of v${current.version}:\n${current.spec.instructions}`);
      } finally {
        await core.close();
      }
    });

  judges
    .command('add')
    .description('add a judge (or a new version of one) from a template or your own instructions')
    .argument('<name>')
    .option('--template <template>', 'built-in template to start from')
    .option('--instructions-file <file>', 'rubric with {{request}} {{response}} {{expected_response}} … placeholders')
    .option('--output <type>', 'scale:MIN-MAX[:PASS] | pass-fail | categories:A,B,…', 'pass-fail')
    .option('--lower-is-better', 'lower scores are better')
    .option('--provider-id <id>', 'provider configuration the judge uses (see Settings > Providers)')
    .option('--model <id>', 'model id')
    .action(async (name: string, options: AddOptions, command: Command) => {
      const globals = command.optsWithGlobals<GlobalOptions>();
      const core = await coreFor(globals);
      try {
        const templates = unwrap(await core.call('templates.list', {}));
        const spec = specFor(options, templates);
        const saved = unwrap(await core.call('judges.save', { name, spec }));
        if (globals.json) return console.log(JSON.stringify({ ...versionJson(saved.version), created: saved.created }));
        console.log(
          saved.created
            ? `Saved ${name} v${saved.version.version}.`
            : `Unchanged: ${name} v${saved.version.version} already has this definition.`,
        );
      } finally {
        await core.close();
      }
    });
}

interface AddOptions {
  template?: string;
  instructionsFile?: string;
  output: string;
  lowerIsBetter?: boolean;
  providerId?: string;
  model?: string;
}

function specFor(options: AddOptions, templates: TemplateInfo[]): JudgeSpec {
  const model = {
    provider: options.providerId ?? null,
    model: options.model ?? null,
    params: DEFAULT_PARAMS,
    fewshot: [],
  };
  if (options.template) {
    const template = templates.find((t) => t.name === options.template);
    if (!template) throw new CliError(`no template named "${options.template}"`);
    return { ...template.spec, ...model };
  }
  if (!options.instructionsFile) throw new CliError('give --template or --instructions-file');
  return {
    template: null,
    kind: 'llm',
    description: '',
    instructions: fs.readFileSync(options.instructionsFile, 'utf8'),
    outputType: parseOutput(options.output),
    greaterIsBetter: !options.lowerIsBetter,
    mode: 'item',
    guidelines: null,
    heuristic: null,
    ...model,
  };
}

function parseOutput(text: string): OutputType {
  if (text === 'pass-fail') return { kind: 'pass_fail' };
  const scale = /^scale:(-?\d+(?:\.\d+)?)-(-?\d+(?:\.\d+)?)(?::(-?\d+(?:\.\d+)?))?$/.exec(text);
  if (scale) {
    return {
      kind: 'scale',
      min: Number(scale[1]),
      max: Number(scale[2]),
      passThreshold: scale[3] === undefined ? null : Number(scale[3]),
    };
  }
  const categories = /^categories:(.+)$/.exec(text);
  if (categories) return { kind: 'categories', categories: categories[1]!.split(',').map((c) => c.trim()) };
  throw new CliError(`--output ${text}: expected scale:MIN-MAX[:PASS], pass-fail or categories:A,B,…`);
}

function describe(v: JudgeVersionView): string {
  const output =
    v.outputType.kind === 'scale'
      ? `scale ${v.outputType.min}–${v.outputType.max}`
      : v.outputType.kind === 'pass_fail'
        ? 'pass/fail'
        : `categories ${v.outputType.categories.join('/')}`;
  const model = v.spec?.model ?? v.model;
  return [v.kind, output, model ? `model ${model}` : null].filter(Boolean).join(', ');
}

function versionJson(v: JudgeVersionView) {
  return {
    id: v.id,
    version: v.version,
    kind: v.kind,
    hash: v.contentHash,
    createdAt: v.createdAt,
    outputType: v.outputType,
    provider: v.spec?.provider ?? null,
    model: v.spec?.model ?? v.model,
    candidate: v.candidate,
  };
}
