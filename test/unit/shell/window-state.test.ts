// Where the window reopens: as saved, unless that is no longer on any screen.
import { describe, expect, it } from 'vitest';
import { DEFAULT_WINDOW_STATE, MIN_WINDOW_SIZE, restoreWindowState } from '../../../electron/shell/window-state';

const laptop = { x: 0, y: 0, width: 1440, height: 875 };
const external = { x: 1440, y: -200, width: 2560, height: 1415 };

describe('window state', () => {
  it('reopens where it was', () => {
    const saved = { x: 1500, y: 0, width: 1600, height: 1000, maximized: false };
    expect(restoreWindowState(saved, [laptop, external])).toEqual(saved);
  });

  it('drops a position no screen shows any more (the monitor was unplugged), keeping the size', () => {
    const saved = { x: 1500, y: 0, width: 1200, height: 800, maximized: true };
    expect(restoreWindowState(saved, [laptop])).toEqual({ width: 1200, height: 800, maximized: true });
  });

  it('drops a position whose title bar would sit above the screen', () => {
    expect(restoreWindowState({ x: 10, y: -300, width: 1000, height: 700 }, [laptop])).not.toHaveProperty('y');
  });

  it('fits the size between the minimum and the largest screen', () => {
    expect(restoreWindowState({ width: 5000, height: 3000 }, [laptop])).toMatchObject({ width: 1440, height: 875 });
    expect(restoreWindowState({ width: 10, height: 10 }, [laptop])).toMatchObject(MIN_WINDOW_SIZE);
  });

  it('starts from the default when nothing usable was saved', () => {
    for (const saved of [null, 'x', [], { width: 'wide', height: 700 }, { width: Number.NaN, height: 1 }]) {
      expect(restoreWindowState(saved, [laptop])).toEqual(DEFAULT_WINDOW_STATE);
    }
  });
});
