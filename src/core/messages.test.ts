import { describe, expect, it } from 'vitest';
import { MATCH_LIMITS, parseMessage } from './messages';

const figure = {
  text: 'about 11,000',
  start: 10,
  end: 22,
  value: 11000,
  low: null,
  high: null,
  unit: 'troops',
  metric: 'deployed_total',
  qualifier: 'about',
  lang: 'en',
};
const item = { figure, sentence: 'About 11,000 were sent.', paragraph: 'About 11,000 were sent.' };

describe('parseMessage', () => {
  it.each([
    [{ type: 'nkf:ping' }, { type: 'nkf:ping' }],
    [
      { type: 'nkf:page-state', state: { figureCount: 7, active: true }, extra: 1 },
      { type: 'nkf:page-state', state: { figureCount: 7, active: true } },
    ],
    [
      { type: 'nkf:get-tab-state', tabId: 12 },
      { type: 'nkf:get-tab-state', tabId: 12 },
    ],
  ])('accepts %j', (input, expected) => {
    expect(parseMessage(input)).toEqual(expected);
  });

  it.each([
    null,
    undefined,
    'nkf:ping',
    [],
    { type: 'other' },
    { type: 'nkf:page-state' },
    { type: 'nkf:page-state', state: { figureCount: -1, active: true } },
    { type: 'nkf:page-state', state: { figureCount: 1.5, active: true } },
    { type: 'nkf:page-state', state: { figureCount: 3, active: 'yes' } },
    { type: 'nkf:get-tab-state', tabId: '3' },
    { type: 'nkf:get-tab-state', tabId: -4 },
    { type: 'nkf:match', items: [item], pageDate: 'Monday' },
    { type: 'nkf:match', items: [{ ...item, figure: { ...figure, metric: 'bananas' } }], pageDate: null },
    { type: 'nkf:match', items: [{ ...item, figure: { ...figure, value: -3 } }], pageDate: null },
    { type: 'nkf:match', items: [{ ...item, figure: { ...figure, text: '' } }], pageDate: null },
    {
      type: 'nkf:match',
      items: [{ ...item, sentence: 'x'.repeat(MATCH_LIMITS.sentence + 1) }],
      pageDate: null,
    },
    { type: 'nkf:match', items: Array(MATCH_LIMITS.items + 1).fill(item), pageDate: null },
    { type: 'nkf:match', items: 'all of them', pageDate: null },
    { type: 'nkf:match', items: [], pageDate: null, detail: 'everything' },
    { type: 'nkf:navigate', step: 2 },
    { type: 'nkf:reveal-figure', id: 0 },
    { type: 'nkf:reveal-figure', id: '4' },
  ])('rejects %j', (input) => {
    expect(parseMessage(input)).toBeNull();
  });
});
