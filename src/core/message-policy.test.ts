import { describe, expect, it } from 'vitest';
import { authorizeMessage, classifySender, MESSAGE_SENDERS, type SenderInfo } from './message-policy';
import type { Message } from './messages';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const self = { id: ID, extensionId: ID, extensionOrigin: ORIGIN };

/** Senders as the browsers describe them (runtime.MessageSender reduced to SenderInfo). */
const SENDERS = {
  contentTop: { ...self, url: 'https://news.example/article', tabId: 7, frameId: 0 },
  contentFrame: { ...self, url: 'http://news.example/embed', tabId: 7, frameId: 3 },
  popup: { ...self, url: `${ORIGIN}popup.html`, tabId: undefined, frameId: 0 },
  // Chrome: an extension page opened in a tab has sender.tab.
  optionsInTab: { ...self, url: `${ORIGIN}options.html`, tabId: 12, frameId: 0 },
  firefoxPopup: {
    id: 'nk-figures-check@factcheck.example',
    extensionId: 'nk-figures-check@factcheck.example',
    extensionOrigin: 'moz-extension://0b7e5a1c-3f6e-4f1a-9d1e-7c2b9d5e8a10/',
    url: 'moz-extension://0b7e5a1c-3f6e-4f1a-9d1e-7c2b9d5e8a10/popup.html',
    tabId: undefined,
    frameId: 0,
  },
  otherExtension: {
    ...self,
    id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz',
    url: 'https://news.example/',
    tabId: 7,
    frameId: 0,
  },
  noId: { ...self, id: undefined, url: 'https://news.example/', tabId: 7, frameId: 0 },
  noUrl: { ...self, url: undefined, tabId: 7, frameId: 0 },
  fileUrl: { ...self, url: 'file:///home/user/page.html', tabId: 7, frameId: 0 },
  javascriptUrl: { ...self, url: 'javascript:alert(1)', tabId: 7, frameId: 0 },
  aboutBlank: { ...self, url: 'about:blank', tabId: 7, frameId: 0 },
  webPageNoTab: { ...self, url: 'https://news.example/', tabId: undefined, frameId: 0 },
  tabIdNone: { ...self, url: 'https://news.example/', tabId: -1, frameId: 0 },
  lookAlikeOrigin: { ...self, url: `chrome-extension://${ID}x/popup.html`, tabId: undefined, frameId: 0 },
  otherExtensionPage: {
    ...self,
    url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html',
    tabId: undefined,
    frameId: 0,
  },
  noOwnId: { ...self, id: '', extensionId: '', url: 'https://news.example/', tabId: 7, frameId: 0 },
} satisfies Record<string, SenderInfo>;

type SenderName = keyof typeof SENDERS;
const ALL = Object.keys(SENDERS) as SenderName[];
const CONTENT: SenderName[] = ['contentTop', 'contentFrame'];
const PAGES: SenderName[] = ['popup', 'optionsInTab', 'firefoxPopup'];

/** Which senders each message type is accepted from; every other sender in SENDERS is refused. */
const EXPECTED: Record<Message['type'], SenderName[]> = {
  'nkf:page-state': ['contentTop'],
  'nkf:match': CONTENT,
  'nkf:summary': CONTENT,
  'nkf:find': CONTENT,
  'nkf:load-scanner': CONTENT,
  'nkf:open-popup': CONTENT,
  'nkf:load-card': CONTENT,
  'nkf:restyle': CONTENT,
  'nkf:get-tab-state': PAGES,
  'nkf:ping': [...CONTENT, ...PAGES],
  'nkf:navigate': [],
  'nkf:check-selection': [],
  'nkf:get-figures': [],
  'nkf:reveal-figure': [],
};

describe('authorizeMessage', () => {
  it('has a rule for every message type and a test row for every rule', () => {
    expect(Object.keys(EXPECTED).sort()).toEqual(Object.keys(MESSAGE_SENDERS).sort());
  });

  const cases = (Object.keys(EXPECTED) as Message['type'][]).flatMap((type) =>
    ALL.map((sender) => [type, sender, EXPECTED[type].includes(sender)] as const),
  );
  it.each(cases)('%s from %s: allowed %s', (type, sender, allowed) => {
    expect(authorizeMessage(type, SENDERS[sender]) !== null).toBe(allowed);
  });

  it('returns the content script tab and frame', () => {
    expect(authorizeMessage('nkf:match', SENDERS.contentFrame)).toEqual({
      kind: 'content-script',
      tabId: 7,
      frameId: 3,
    });
    expect(authorizeMessage('nkf:get-tab-state', SENDERS.optionsInTab)).toEqual({ kind: 'extension-page' });
  });
});

describe('classifySender', () => {
  it.each([
    ['contentTop', 'content-script'],
    ['contentFrame', 'content-script'],
    ['popup', 'extension-page'],
    ['optionsInTab', 'extension-page'],
    ['firefoxPopup', 'extension-page'],
  ] as const)('%s is a %s', (sender, kind) => {
    expect(classifySender(SENDERS[sender])?.kind).toBe(kind);
  });

  it.each(ALL.filter((name) => !CONTENT.includes(name) && !PAGES.includes(name)))(
    '%s is refused',
    (sender) => {
      expect(classifySender(SENDERS[sender])).toBeNull();
    },
  );

  it('accepts an origin given without its trailing slash', () => {
    const origin = ORIGIN.slice(0, -1);
    expect(classifySender({ ...SENDERS.popup, extensionOrigin: origin })).toEqual({ kind: 'extension-page' });
    expect(classifySender({ ...SENDERS.lookAlikeOrigin, extensionOrigin: origin })).toBeNull();
  });

  it('never treats every URL as ours when the origin is missing', () => {
    expect(classifySender({ ...SENDERS.webPageNoTab, extensionOrigin: '' })).toBeNull();
  });
});
