import { describe, expect, it } from 'vitest';
import { KEY_HELP, reviewKeyAction, type KeyContext, type KeyPress } from '../../../renderer/src/store/review-keys';

const key = (name: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key: name,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});
const onPage: KeyContext = { target: 'page', focusedScale: 'scale', cheatsheetOpen: false };

describe('review keyboard', () => {
  it('moves through items and judges', () => {
    expect(reviewKeyAction(key('j'), onPage)).toEqual({ type: 'next-item' });
    expect(reviewKeyAction(key('ArrowDown'), onPage)).toEqual({ type: 'next-item' });
    expect(reviewKeyAction(key('k'), onPage)).toEqual({ type: 'previous-item' });
    expect(reviewKeyAction(key('ArrowUp'), onPage)).toEqual({ type: 'previous-item' });
    expect(reviewKeyAction(key('Tab'), onPage)).toEqual({ type: 'next-judge' });
    expect(reviewKeyAction(key('n'), onPage)).toEqual({ type: 'next-judge' });
  });

  it('reads n as "no" on a pass/fail judge, and y as "yes"', () => {
    const passFail: KeyContext = { ...onPage, focusedScale: 'pass_fail' };
    expect(reviewKeyAction(key('n'), passFail)).toEqual({ type: 'set-pass', pass: false });
    expect(reviewKeyAction(key('y'), passFail)).toEqual({ type: 'set-pass', pass: true });
  });

  it('confirms with c or Enter, submits with Ctrl/Cmd+Enter, sets values with digits', () => {
    expect(reviewKeyAction(key('c'), onPage)).toEqual({ type: 'confirm' });
    expect(reviewKeyAction(key('Enter'), onPage)).toEqual({ type: 'confirm' });
    expect(reviewKeyAction(key('Enter', { ctrlKey: true }), onPage)).toEqual({ type: 'submit' });
    expect(reviewKeyAction(key('Enter', { metaKey: true }), onPage)).toEqual({ type: 'submit' });
    expect(reviewKeyAction(key('4'), onPage)).toEqual({ type: 'set-digit', digit: 4 });
  });

  it('maps the remaining letters', () => {
    expect(reviewKeyAction(key('r'), onPage)).toEqual({ type: 'focus-rationale' });
    expect(reviewKeyAction(key('t'), onPage)).toEqual({ type: 'focus-tags' });
    expect(reviewKeyAction(key('s'), onPage)).toEqual({ type: 'skip' });
    expect(reviewKeyAction(key('f'), onPage)).toEqual({ type: 'flag' });
    expect(reviewKeyAction(key('u'), onPage)).toEqual({ type: 'undo' });
    expect(reviewKeyAction(key('v'), onPage)).toEqual({ type: 'older-version' });
    expect(reviewKeyAction(key('a'), onPage)).toEqual({ type: 'toggle-audit' });
    expect(reviewKeyAction(key('?'), onPage)).toEqual({ type: 'toggle-cheatsheet' });
    expect(reviewKeyAction(key('x'), onPage)).toBeNull();
  });

  it('leaves typing alone in a text field, except Esc and Ctrl+Enter', () => {
    const typing: KeyContext = { ...onPage, target: 'text' };
    expect(reviewKeyAction(key('c'), typing)).toBeNull();
    expect(reviewKeyAction(key('j'), typing)).toBeNull();
    expect(reviewKeyAction(key('a'), typing)).toBeNull();
    expect(reviewKeyAction(key('Escape'), typing)).toEqual({ type: 'leave-field' });
    expect(reviewKeyAction(key('Enter', { ctrlKey: true }), typing)).toEqual({ type: 'submit' });
  });

  it('lets a focused button keep Enter, Tab and arrows, while letters still work', () => {
    const onButton: KeyContext = { ...onPage, target: 'control' };
    expect(reviewKeyAction(key('Enter'), onButton)).toBeNull();
    expect(reviewKeyAction(key('Tab'), onButton)).toBeNull();
    expect(reviewKeyAction(key('ArrowDown'), onButton)).toBeNull();
    expect(reviewKeyAction(key('c'), onButton)).toEqual({ type: 'confirm' });
    expect(reviewKeyAction(key('Escape'), onButton)).toEqual({ type: 'leave-field' });
  });

  it('closes the cheatsheet with Esc and ignores other modified keys', () => {
    expect(reviewKeyAction(key('Escape'), { ...onPage, cheatsheetOpen: true })).toEqual({ type: 'close-cheatsheet' });
    expect(reviewKeyAction(key('Escape'), onPage)).toBeNull();
    expect(reviewKeyAction(key('c', { ctrlKey: true }), onPage)).toBeNull();
  });

  it('lists the audit key in the cheatsheet', () => {
    expect(KEY_HELP).toContainEqual({ keys: 'a', does: expect.stringMatching(/^Audit the justification/) });
  });
});
