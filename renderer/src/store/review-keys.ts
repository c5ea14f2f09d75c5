// The review desk's keyboard, as a pure function: a key press plus where it happened → what to do.
// The view only dispatches the action; tests check the mapping without a browser.
import type { OutputType } from '../../../shared/domain';
import type { Preference } from './side-by-side';

export type ReviewAction =
  | { type: 'next-item' }
  | { type: 'previous-item' }
  | { type: 'next-judge' }
  | { type: 'confirm' }
  | { type: 'submit' }
  | { type: 'set-digit'; digit: number }
  | { type: 'set-pass'; pass: boolean }
  | { type: 'focus-rationale' }
  | { type: 'focus-tags' }
  | { type: 'leave-field' }
  | { type: 'skip' }
  | { type: 'flag' }
  | { type: 'undo' }
  | { type: 'toggle-audit' }
  | { type: 'toggle-cheatsheet' }
  | { type: 'close-cheatsheet' }
  | { type: 'toggle-side-by-side' }
  | { type: 'older-version' }
  | { type: 'prefer'; preference: Preference };

export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
}

export interface KeyContext {
  /**
   * Where the key was pressed: in a text field (typing: only Esc and Ctrl/Cmd+Enter are commands),
   * on another control (a button or select keeps Enter, Tab and arrows), or anywhere else.
   */
  target: 'text' | 'control' | 'page';
  /** The focused judge's scale: `n` means "no" on a pass/fail judge, "next judge" otherwise. */
  focusedScale: OutputType['kind'] | null;
  cheatsheetOpen: boolean;
  /** The side-by-side view is shown: a / b / t and 1 / 2 / 0 state a preference there. */
  sideBySide?: boolean;
}

const LETTERS: Record<string, ReviewAction> = {
  j: { type: 'next-item' },
  k: { type: 'previous-item' },
  c: { type: 'confirm' },
  y: { type: 'set-pass', pass: true },
  r: { type: 'focus-rationale' },
  t: { type: 'focus-tags' },
  s: { type: 'skip' },
  f: { type: 'flag' },
  u: { type: 'undo' },
  a: { type: 'toggle-audit' },
  '?': { type: 'toggle-cheatsheet' },
  p: { type: 'toggle-side-by-side' },
  v: { type: 'older-version' },
};

/** Side by side, these keys (otherwise audit, tags and scores) choose between the two answers. */
const PREFERENCE_KEYS: Record<string, Preference> = { a: 'A', '1': 'A', b: 'B', '2': 'B', t: 'tie', '0': 'tie' };

export function reviewKeyAction(press: KeyPress, context: KeyContext): ReviewAction | null {
  const command = press.ctrlKey || press.metaKey;
  if (command && press.key === 'Enter') return { type: 'submit' };
  if (press.key === 'Escape') {
    if (context.cheatsheetOpen) return { type: 'close-cheatsheet' };
    return context.target === 'page' ? null : { type: 'leave-field' };
  }
  if (context.target === 'text' || command || press.altKey) return null;
  const onPage = context.target === 'page';
  switch (press.key) {
    case 'ArrowDown':
      return onPage ? { type: 'next-item' } : null;
    case 'ArrowUp':
      return onPage ? { type: 'previous-item' } : null;
    case 'Tab':
      return onPage ? { type: 'next-judge' } : null;
    case 'Enter':
      return onPage ? { type: 'confirm' } : null;
    case 'n':
      return context.focusedScale === 'pass_fail' ? { type: 'set-pass', pass: false } : { type: 'next-judge' };
  }
  if (context.sideBySide) {
    const preference = PREFERENCE_KEYS[press.key];
    if (preference) return { type: 'prefer', preference };
    if (/^[0-9]$/.test(press.key)) return null;
  }
  if (/^[0-9]$/.test(press.key)) return { type: 'set-digit', digit: Number(press.key) };
  return LETTERS[press.key] ?? null;
}

/** Every key, for the cheatsheet overlay. */
export const KEY_HELP: { keys: string; does: string }[] = [
  { keys: 'j / ↓', does: 'Next item' },
  { keys: 'k / ↑', does: 'Previous item' },
  { keys: 'Tab / n', does: 'Next judge (n is “no” on a yes/no judge)' },
  { keys: 'c / Enter', does: 'Confirm the judge’s verdict and move on (blind: reveal, then keep your rating)' },
  { keys: '1–9', does: 'Set a score (or the n-th category)' },
  { keys: 'y / n', does: 'Set yes / no' },
  { keys: 'r', does: 'Write a rationale (Esc leaves it)' },
  { keys: 't', does: 'Audit tags: Tab between them, Space ticks, Esc leaves' },
  {
    keys: 'Ctrl/⌘ + Enter',
    does: 'Save your value as an override (blind: revise); side by side: save your preference',
  },
  { keys: 's', does: 'Skip this judge' },
  { keys: 'f', does: 'Flag for discussion' },
  { keys: 'u', does: 'Undo my latest label on any judge of this item' },
  { keys: 'v', does: 'Show the focused judge’s previous version’s verdict (from the oldest, back to the newest)' },
  { keys: 'a', does: 'Audit the justification: mark what it quotes in the response, reference and context' },
  { keys: 'p', does: 'Side by side: two models’ answers to the item, with the pairwise judge’s verdict' },
  { keys: 'a / 1, b / 2, t / 0', does: 'Side by side: prefer answer A, answer B, or call it a tie' },
  { keys: '?', does: 'Show / hide this list' },
];
