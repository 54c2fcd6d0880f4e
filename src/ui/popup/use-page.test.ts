import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { lookAtPage } from './use-page';

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

/** Makes the tab's content script answer the popup's questions. */
function answerAs(state: unknown, figures: unknown = []) {
  return vi
    .spyOn(fakeBrowser.tabs, 'sendMessage')
    .mockImplementation((async (_tabId: number, message: { type: string }) =>
      message.type === 'nkf:ping' ? state : figures) as typeof fakeBrowser.tabs.sendMessage);
}

describe('lookAtPage', () => {
  it('asks the tab named in the query for its state, and for its figures when it has some', async () => {
    const send = answerAs({ figureCount: 0, active: true, host: 'example.com' });
    expect(await lookAtPage('?tab=7')).toEqual({
      tabId: 7,
      view: { kind: 'ready', state: { figureCount: 0, active: true, host: 'example.com' }, figures: [] },
    });
    expect(send).toHaveBeenCalledTimes(1);
  });

  it('says "unavailable" when no content script answers, and when there is no tab', async () => {
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('no receiver'));
    expect(await lookAtPage('?tab=7')).toEqual({ tabId: 7, view: { kind: 'unavailable' } });
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([]);
    expect(await lookAtPage('')).toEqual({ tabId: null, view: { kind: 'unavailable' } });
  });
});
