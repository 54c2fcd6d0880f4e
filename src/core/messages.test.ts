import { describe, expect, it } from 'vitest';
import { parseMessage } from './messages';

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
  ])('rejects %j', (input) => {
    expect(parseMessage(input)).toBeNull();
  });
});
