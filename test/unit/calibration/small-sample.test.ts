import { describe, expect, it } from 'vitest';
import { smallSampleWarning } from '../../../electron/calibration/small-sample';

describe('smallSampleWarning', () => {
  it('warns in plain words below 30 items', () => {
    expect(smallSampleWarning(12)).toBe(
      'Only 12 items have both a judge verdict and a human label: the intervals are wide; treat these numbers as rough.',
    );
    expect(smallSampleWarning(1)).toMatch(/^Only 1 item has /);
    expect(smallSampleWarning(29)).not.toBeNull();
    expect(smallSampleWarning(0)).toMatch(/^No items/);
  });

  it('is absent from 30 items on', () => {
    expect(smallSampleWarning(30)).toBeNull();
    expect(smallSampleWarning(500)).toBeNull();
  });
});
