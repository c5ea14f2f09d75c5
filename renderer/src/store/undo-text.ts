// What `u` took back, in words for the desk's status line: "Undid your override of correctness (score 2)".
import type { LabelView, OutputType } from '../../../shared/domain';
import { formatNumber } from '../format/numbers';
import { verdictOnScale } from '../format/verdict';

const ACTION_NOUNS: Record<LabelView['action'], string> = {
  confirm: 'confirmation',
  override: 'override',
  skip: 'skip',
  flag: 'flag',
  retract: 'undo',
};

function valueText(label: LabelView, outputType: OutputType | null): string {
  if (label.action !== 'confirm' && label.action !== 'override') return '';
  const value = label.score !== null ? `score ${formatNumber(label.score)}` : verdictOnScale(label, outputType);
  return ` (${value})`;
}

export function undoneText(label: LabelView, outputType: OutputType | null): string {
  return `Undid your ${ACTION_NOUNS[label.action]} of ${label.judge}${valueText(label, outputType)}`;
}
