import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { DatasetSummary } from '../../../shared/domain';
import { NextStep, nextStep } from '../../../renderer/src/views/dataset/NextStep';

const dataset = (fields: Partial<DatasetSummary>): DatasetSummary => ({
  id: 1,
  name: 'qa',
  items: 20,
  createdAt: '2026-12-04T00:00:00.000Z',
  sourceFormat: 'csv',
  judges: [],
  reviewed: {},
  ...fields,
});

describe('the next step a dataset offers', () => {
  it('leads from an empty dataset through judging and review to calibration', () => {
    expect(nextStep(dataset({ items: 0 })).section).toBe('datasets');
    expect(nextStep(dataset({})).section).toBe('runs');
    expect(nextStep(dataset({ judges: ['correctness'] })).section).toBe('review');
    expect(nextStep(dataset({ judges: ['correctness'], reviewed: { correctness: 3 } })).section).toBe('calibration');
  });

  it('says it in words with one button', () => {
    const html = renderToStaticMarkup(createElement(NextStep, { dataset: dataset({}), goTo: () => {} }));
    expect(html).toContain('No judge has scored these items yet');
    expect(html).toContain('<button type="button">Run a judge</button>');
  });
});
