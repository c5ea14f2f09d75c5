// An LLM judge made from a built-in template, on the tests' `fake` provider: returns its version id.
// Works on a core in this process or one in a core host process.
import type { HostedCore } from '../../electron/core-host/client';
import type { Core } from '../../electron/core/service';
import { DEFAULT_PARAMS, type JudgeSpec, type TemplateInfo } from '../../shared/judging';
import { value } from './result-value';

export async function judgeFromTemplate(
  core: Core | HostedCore,
  template: string,
  { name = template, model = 'judge-model' }: { name?: string; model?: string } = {},
): Promise<number> {
  const call = (channel: string, input: unknown) =>
    'callChannel' in core ? core.callChannel(channel, input) : core.call(channel, input);
  const templates = value(await call('templates.list', {})) as TemplateInfo[];
  const found = templates.find((t) => t.name === template);
  if (!found) throw new Error(`No template ${template}`);
  const spec: JudgeSpec = { ...found.spec, provider: 'fake', model, params: DEFAULT_PARAMS, fewshot: [] };
  return (value(await call('judges.save', { name, spec })) as { version: { id: number } }).version.id;
}
