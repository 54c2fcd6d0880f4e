import { describe, expect, it } from 'vitest';
import {
  fillSummary,
  FIND_LIMITS,
  MATCH_LIMITS,
  parseFindReply,
  parseMessage,
  parsePageMessage,
  readReplyLang,
} from './messages';

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
    [{ type: 'nkf:load-scanner' }, { type: 'nkf:load-scanner', reason: 'page' }],
    [{ type: 'nkf:load-card', extra: '/evil.js' }, { type: 'nkf:load-card' }],
    [{ type: 'nkf:restyle', files: ['/evil.css'] }, { type: 'nkf:restyle' }],
    [{ type: 'nkf:summary', figureCount: 12 }, { type: 'nkf:summary' }],
    [
      { type: 'nkf:load-scanner', reason: 'selection' },
      { type: 'nkf:load-scanner', reason: 'selection' },
    ],
    [
      {
        type: 'nkf:find',
        units: [{ texts: ['a', 'b'], context: 1, extra: 2 }],
        lang: 'uk',
        pageDate: '2025-01',
      },
      { type: 'nkf:find', units: [{ texts: ['a', 'b'], context: 1 }], lang: 'uk', pageDate: '2025-01' },
    ],
    [
      {
        type: 'nkf:find',
        units: [{ texts: ['a'], context: 0, topic: true }],
        lang: { sample: 'Північна Корея', hint: 'uk-UA', extra: 1 },
        pageDate: null,
      },
      {
        type: 'nkf:find',
        units: [{ texts: ['a'], context: 0, topic: true }],
        lang: { sample: 'Північна Корея', hint: 'uk-UA' },
        pageDate: null,
      },
    ],
    [
      { type: 'nkf:find', units: [{ texts: ['a'], context: 0, topic: 'yes' }], lang: 'en', pageDate: null },
      { type: 'nkf:find', units: [{ texts: ['a'], context: 0 }], lang: 'en', pageDate: null },
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
    { type: 'nkf:find', units: [], lang: 'fr', pageDate: null },
    { type: 'nkf:find', units: [], lang: { sample: 'text' }, pageDate: null },
    { type: 'nkf:find', units: [], lang: { sample: 3, hint: '' }, pageDate: null },
    {
      type: 'nkf:find',
      units: [],
      lang: { sample: 'x'.repeat(FIND_LIMITS.sample + 1), hint: '' },
      pageDate: null,
    },
    {
      type: 'nkf:find',
      units: [],
      lang: { sample: 'text', hint: 'x'.repeat(FIND_LIMITS.hint + 1) },
      pageDate: null,
    },
    { type: 'nkf:find', units: [], lang: 'en', pageDate: 'today' },
    { type: 'nkf:find', units: [{ texts: ['a'], context: 2 }], lang: 'en', pageDate: null },
    { type: 'nkf:find', units: [{ texts: ['a'], context: -1 }], lang: 'en', pageDate: null },
    { type: 'nkf:find', units: [{ texts: [3], context: 0 }], lang: 'en', pageDate: null },
    {
      type: 'nkf:find',
      units: Array(FIND_LIMITS.units + 1).fill({ texts: [], context: 0 }),
      lang: 'en',
      pageDate: null,
    },
    {
      type: 'nkf:find',
      units: [{ texts: Array(FIND_LIMITS.texts + 1).fill(''), context: 0 }],
      lang: 'en',
      pageDate: null,
    },
    {
      type: 'nkf:find',
      units: [
        { texts: ['x'.repeat(FIND_LIMITS.chars / 2), 'x'.repeat(FIND_LIMITS.chars / 2 + 1)], context: 0 },
      ],
      lang: 'en',
      pageDate: null,
    },
    { type: 'nkf:load-scanner', reason: 'always' },
    { type: 'nkf:navigate', step: 2 },
    { type: 'nkf:reveal-figure', id: 0 },
    { type: 'nkf:reveal-figure', id: '4' },
  ])('rejects %j', (input) => {
    expect(parseMessage(input)).toBeNull();
  });
});

describe('parsePageMessage', () => {
  it.each([
    [{ type: 'nkf:ping', extra: 1 }, { type: 'nkf:ping' }],
    [
      { type: 'nkf:navigate', step: -1 },
      { type: 'nkf:navigate', step: -1 },
    ],
    [{ type: 'nkf:navigate', step: 2 }, null],
    [{ type: 'nkf:check-selection' }, { type: 'nkf:check-selection' }],
    [{ type: 'nkf:get-figures' }, { type: 'nkf:get-figures' }],
    [
      { type: 'nkf:reveal-figure', id: 3 },
      { type: 'nkf:reveal-figure', id: 3 },
    ],
    [{ type: 'nkf:reveal-figure', id: 0 }, null],
  ])('%j → %j, as parseMessage reads it', (raw, expected) => {
    expect(parsePageMessage(raw)).toEqual(expected);
    expect(parseMessage(raw)).toEqual(expected);
  });

  it.each([
    { type: 'nkf:find', units: [{ texts: ['a'], context: 0 }], lang: 'en', pageDate: null },
    { type: 'nkf:match', items: [item], pageDate: null },
    { type: 'nkf:page-state', state: { figureCount: 1, active: true } },
    { type: 'nkf:load-scanner', reason: 'page' },
    { type: 'nkf:summary' },
    'nkf:ping',
    null,
  ])('turns away what only the background reads: %j', (raw) => {
    expect(parsePageMessage(raw)).toBeNull();
  });
});

describe('parseFindReply', () => {
  const text = 'North Korea sent about 11,000 troops.';
  const found = { ...figure, start: 17, end: 29 };
  const units = [
    { texts: ['Context.', text], context: 1 },
    { texts: [text], context: 0 },
  ];
  const ok = { block: 1, figure: found, relation: 'same' };

  it('accepts figures that fit the request', () => {
    expect(parseFindReply({ units: [[ok], []] }, units)).toEqual([[ok], []]);
  });

  it.each<[string, unknown]>([
    ['not an object', 'yes'],
    ['one list short', { units: [[ok]] }],
    ['a list that is not one', { units: [ok, []] }],
    ['an unknown relation', { units: [[{ ...ok, relation: 'true' }], []] }],
    ['a figure in a context block', { units: [[{ ...ok, block: 0 }], []] }],
    ['a block past the unit', { units: [[{ ...ok, block: 2 }], []] }],
    ['offsets past the block', { units: [[{ ...ok, figure: { ...found, start: 30, end: 42 } }], []] }],
    [
      'text that is not at its offsets',
      { units: [[{ ...ok, figure: { ...found, start: 16, end: 28 } }], []] },
    ],
    ['a malformed figure', { units: [[{ ...ok, figure: { ...found, metric: 'bananas' } }], []] }],
  ])('rejects %s', (_, reply) => {
    expect(parseFindReply(reply, units)).toBeNull();
  });
});

describe('readReplyLang', () => {
  it.each([
    [{ units: [], lang: 'ko' }, 'ko'],
    [{ units: [], lang: 'fr' }, null],
    [{ units: [] }, null],
    [{ units: [], lang: ['en'] }, null],
    ['en', null],
    [null, null],
  ])('%j → %j', (reply, expected) => {
    expect(readReplyLang(reply)).toBe(expected);
  });
});

describe('fillSummary', () => {
  it.each([
    [
      'Figures about North Korean troops on this page: {count}',
      7,
      'Figures about North Korean troops on this page: 7',
    ],
    ['이 페이지의 북한군 관련 수치: {count}개', 12, '이 페이지의 북한군 관련 수치: 12개'],
    ['{count} / {count}', 3, '3 / 3'],
    ['Figures on this page: {count}', 0, ''],
  ])('%s with %i', (wording, count, expected) => {
    expect(fillSummary(wording, count)).toBe(expected);
  });
});
