// The main window reopens where the user left it: same size, same place, maximised or not. A saved
// position that no longer lands on a screen (a monitor was unplugged) is dropped, so the window
// never opens out of reach.
import type { Rectangle } from 'electron';
import { readJson, writeJson } from './json-file';

export interface WindowState {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximized: boolean;
}

export const DEFAULT_WINDOW_STATE: WindowState = { width: 1400, height: 900, maximized: false };
export const MIN_WINDOW_SIZE = { width: 900, height: 600 };

/** How much of the window must overlap a screen's work area to count as reachable (its title bar). */
const REACHABLE = { width: 120, height: 40 };

const finite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

function overlap(a: Rectangle, b: Rectangle): { width: number; height: number } {
  return {
    width: Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x),
    height: Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y),
  };
}

/** The state to open with, given what was saved (anything) and the screens' work areas now. */
export function restoreWindowState(saved: unknown, workAreas: readonly Rectangle[]): WindowState {
  if (typeof saved !== 'object' || saved === null) return DEFAULT_WINDOW_STATE;
  const { x, y, width, height, maximized } = saved as Record<string, unknown>;
  if (!finite(width) || !finite(height)) return DEFAULT_WINDOW_STATE;

  // Never larger than the largest screen, never smaller than the layout needs.
  const largest = workAreas.length
    ? workAreas.reduce((a, b) => (b.width * b.height > a.width * a.height ? b : a))
    : { width: Infinity, height: Infinity };
  const size = {
    width: Math.round(Math.max(MIN_WINDOW_SIZE.width, Math.min(width, largest.width))),
    height: Math.round(Math.max(MIN_WINDOW_SIZE.height, Math.min(height, largest.height))),
  };
  const state: WindowState = { ...size, maximized: maximized === true };
  if (!finite(x) || !finite(y)) return state;

  const bounds = { x, y, ...size };
  const reachable = workAreas.some((area) => {
    const shared = overlap(bounds, area);
    return shared.width >= REACHABLE.width && shared.height >= REACHABLE.height && y >= area.y;
  });
  return reachable ? { ...state, x: Math.round(x), y: Math.round(y) } : state;
}

/** The part of a BrowserWindow window-state needs, so the tracking is testable without Electron. */
export interface TrackedWindow {
  getNormalBounds(): Rectangle;
  isMaximized(): boolean;
  on(event: 'close', listener: () => void): unknown;
}

export function captureWindowState(window: TrackedWindow): WindowState {
  // Normal bounds: what the window returns to when un-maximised, which is what to reopen with.
  return { ...window.getNormalBounds(), maximized: window.isMaximized() };
}

export function loadWindowState(file: string, workAreas: readonly Rectangle[]): WindowState {
  return restoreWindowState(readJson(file), workAreas);
}

/** Saves the window's state when it closes (which also happens when the app quits). */
export function trackWindowState(window: TrackedWindow, file: string): void {
  window.on('close', () => writeJson(file, captureWindowState(window)));
}
