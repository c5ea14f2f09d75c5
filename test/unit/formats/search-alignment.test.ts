// The alignment an export carries is the newest finished search whose winner the exported version is,
// and only one whose sealed test has both measures and an interval.
import { describe, expect, it } from 'vitest';
import { alignmentFromSearches } from '../../../electron/exports/search-alignment';
import type { AlignSearchView } from '../../../shared/align';
import type { JudgeAgreement } from '../../../shared/contract';

const before = { version: 2 } as JudgeAgreement;
const after = { version: 4 } as JudgeAgreement;

const search = (changes: Partial<AlignSearchView>): AlignSearchView => ({
  id: 1,
  judge: 'triage',
  from_version: 2,
  to_version: 4,
  themes: [],
  candidates: 3,
  test: {
    items: ['t1', 't2', 't3'],
    before,
    after,
    difference: { value: 0.2, ci: [0.05, 0.3] },
    p_value: 0.03,
  },
  promoted: true,
  cost: 0.1,
  status: 'done',
  phase: 'done',
  message: null,
  tried: [],
  ...changes,
});

describe('alignmentFromSearches', () => {
  it('takes the newest finished search that made the version, with its sealed test', () => {
    const searches = [
      search({ id: 1, from_version: 1 }),
      search({ id: 3, from_version: 3 }),
      search({ id: 4, status: 'running', from_version: 9 }),
      search({ id: 5, judge: 'other', from_version: 8 }),
      search({ id: 6, to_version: 7 }),
    ];
    expect(alignmentFromSearches(searches, 'triage', 4)).toEqual({
      fromVersion: 3,
      toVersion: 4,
      testItems: ['t1', 't2', 't3'],
      before,
      after,
      difference: { value: 0.2, ci: [0.05, 0.3] },
      pValue: 0.03,
    });
  });

  it('skips a sealed test without both measures or an interval, and a version no search made', () => {
    const incomplete = search({ id: 2, test: { ...search({}).test!, after: null } });
    const noInterval = search({ id: 3, test: { ...search({}).test!, difference: { value: 0.1, ci: [null, null] } } });
    expect(alignmentFromSearches([search({ id: 1 }), incomplete, noInterval], 'triage', 4)?.fromVersion).toBe(2);
    expect(alignmentFromSearches([incomplete, noInterval], 'triage', 4)).toBeNull();
    expect(alignmentFromSearches([search({})], 'triage', 3)).toBeNull();
  });
});
