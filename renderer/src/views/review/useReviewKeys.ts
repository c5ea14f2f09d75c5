// The review desk's keyboard: every key press anywhere in the window is mapped by reviewKeyAction
// and dispatched to the store, so the desk works without a mouse and without focusing anything first.
import { useEffect } from 'react';
import { reviewKeyAction, type KeyContext, type ReviewAction } from '../../store/review-keys';
import { reviewedJudgments, valueForDigit, yesNoValue } from '../../store/review-values';
import { preferenceValue, sideBySideShown } from '../../store/side-by-side';
import { useGavelStore } from '../../store/store-context';
import type { GavelStore } from '../../store/create-store';

const TEXT_INPUTS = new Set(['text', 'search', 'number', 'email', 'url', 'password']);

function targetKind(target: EventTarget | null): KeyContext['target'] {
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return 'text';
  if (target instanceof HTMLInputElement) return TEXT_INPUTS.has(target.type) ? 'text' : 'control';
  if (target instanceof HTMLButtonElement || target instanceof HTMLAnchorElement) return 'control';
  return 'page';
}

/** A control inside the focused judge's card (or the side-by-side view), for the keys that jump into it. */
function controlOf(judge: string, sideBySide: boolean, selector: string): HTMLElement | null {
  const card = sideBySide ? '[data-testid="side-by-side"]' : '[data-testid="review-verdict"]';
  return document.querySelector<HTMLElement>(`${card}[data-judge="${CSS.escape(judge)}"] ${selector}`);
}

function dispatch(store: GavelStore, action: ReviewAction): void {
  const state = store.getState();
  const shown = sideBySideShown(state);
  // Side by side, the keys rate the pairwise verdict on screen, never a judge the view hides.
  const judge = shown ? (shown.kind === 'judged' ? shown.judgment.judge : null) : state.reviewItem.focusedJudge;
  const judgment =
    state.reviewItem.item && judge !== null
      ? reviewedJudgments(state.reviewItem.item, state.reviewQueue.session, state.reviewItem.versions).find(
          (j) => j.judge === judge,
        )
      : undefined;
  switch (action.type) {
    case 'next-item':
      return void state.moveItem(1);
    case 'previous-item':
      return void state.moveItem(-1);
    case 'next-judge':
      return state.nextJudge();
    case 'toggle-cheatsheet':
      return state.toggleCheatsheet();
    case 'close-cheatsheet':
      return state.toggleCheatsheet(false);
    case 'toggle-side-by-side':
      return void state.toggleSideBySide();
    case 'older-version':
      return state.olderVersion();
    case 'undo':
      return void state.undoLabel();
    case 'leave-field':
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      return;
  }
  if (judge === null || !judgment) return;
  switch (action.type) {
    case 'confirm':
      return void state.confirmVerdict(judge);
    case 'submit':
      if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
      return void (shown ? state.preferVerdict(judge) : state.overrideVerdict(judge));
    case 'prefer':
      return state.setDraftValue(judge, preferenceValue(action.preference));
    case 'set-digit': {
      const value = valueForDigit(action.digit, judgment.outputType);
      if (value) state.setDraftValue(judge, value);
      return;
    }
    case 'set-pass':
      if (judgment.outputType.kind === 'pass_fail') state.setDraftValue(judge, yesNoValue(action.pass));
      return;
    case 'focus-rationale':
      return controlOf(judge, shown !== null, '[data-testid="verdict-rationale"]')?.focus();
    case 'focus-tags':
      return controlOf(judge, shown !== null, '[data-testid="verdict-tags"] input')?.focus();
    case 'skip':
      return void state.skipVerdict(judge);
    case 'flag':
      return void state.flagVerdict(judge);
    case 'toggle-audit':
      return state.toggleAudit(judge);
  }
}

export function useReviewKeys(): void {
  const store = useGavelStore();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const state = store.getState();
      // The import wizard, when open, sits on top of the desk and owns the keyboard.
      if (event.defaultPrevented || state.importWizard.open) return;
      const { item, focusedJudge, cheatsheetOpen } = state.reviewItem;
      const focused = item
        ? reviewedJudgments(item, state.reviewQueue.session, state.reviewItem.versions).find(
            (judgment) => judgment.judge === focusedJudge,
          )
        : undefined;
      const action = reviewKeyAction(event, {
        target: targetKind(event.target),
        focusedScale: focused?.outputType.kind ?? null,
        cheatsheetOpen,
        sideBySide: sideBySideShown(state) !== null,
      });
      if (!action) return;
      // Handled keys do only what the desk says: `r` must not also type an "r" into the rationale.
      event.preventDefault();
      dispatch(store, action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}
