// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listProblemParams, PROBLEM_CODES } from '../../core/dataset/problems';
import { SITE_ENTRY_ERROR_CODES } from '../../core/site-rules';
import { CATALOGS, installMessages } from '../format/test-messages';
import { describeProblem, describeSiteError, problemMessageKey, siteProblemMessageKey } from './problem-text';

const LANGS = ['en', 'uk', 'ko'] as const;

afterEach(() => vi.restoreAllMocks());

/** Every code of both families with the catalog key and the parameters (in order) its message takes. */
const CODES = [
  ...PROBLEM_CODES.map((code) => ({ code, key: problemMessageKey(code), params: listProblemParams(code) })),
  ...SITE_ENTRY_ERROR_CODES.map((code) => ({
    code,
    key: siteProblemMessageKey(code),
    params: code === 'bad-label' ? ['label'] : [],
  })),
];

describe('problem messages', () => {
  it.each(LANGS)('%s has a message for every code, taking its parameters in order', (lang) => {
    expect(CODES.length).toBe(PROBLEM_CODES.length + SITE_ENTRY_ERROR_CODES.length);
    for (const { code, key, params } of CODES) {
      const entry = CATALOGS[lang][key];
      expect(entry?.message.trim(), `${lang}: ${key} (${code})`).toBeTruthy();
      const declared = Object.entries(entry?.placeholders ?? {}).map(([name, p]) => [
        name.toLowerCase(),
        p.content,
      ]);
      expect(declared, `${lang}: placeholders of ${key}`).toEqual(
        params.map((name, i) => [name.toLowerCase(), `$${i + 1}`]),
      );
      for (const name of params) {
        expect(entry?.message.toLowerCase(), `${lang}: ${key} uses $${name}$`).toContain(
          `$${name.toLowerCase()}$`,
        );
      }
    }
  });

  it.each(['uk', 'ko'] as const)('%s words every code itself, not in English', (lang) => {
    for (const { key } of CODES) {
      expect(CATALOGS[lang][key]?.message, key).not.toBe(CATALOGS.en[key]?.message);
    }
  });

  it.each(LANGS)('%s has no message for a code that no longer exists', (lang) => {
    const keys = new Set(CODES.map((c) => c.key as string));
    const stale = Object.keys(CATALOGS[lang]).filter(
      (key) => /^(problem|siteProblem)[A-Z]/.test(key) && !keys.has(key),
    );
    expect(stale).toEqual([]);
  });
});

describe('describeProblem', () => {
  const problem = {
    path: 'claims[0].statedOn',
    itemId: 'user-nis-killed-bad-date',
    code: 'not-a-date',
    params: {},
  } as const;

  it.each([
    ['en', 'not a date (YYYY-MM-DD or YYYY-MM)'],
    ['uk', 'не дата (формат РРРР-ММ-ДД або РРРР-ММ)'],
    ['ko', '날짜가 아님(YYYY-MM-DD 또는 YYYY-MM 형식)'],
  ] as const)('words a problem in %s, keeping the path and id as written', (lang, message) => {
    installMessages(lang);
    expect(describeProblem(problem, lang)).toEqual({
      location: 'claims[0] (user-nis-killed-bad-date).statedOn',
      message,
    });
  });

  it('passes parameters in order, with numbers formatted for the locale', () => {
    installMessages('uk');
    const tooLarge = { path: '', code: 'file-too-large', params: { size: 3000000, max: 2097152 } } as const;
    const { location, message } = describeProblem(tooLarge, 'uk');
    expect(location).toBe('');
    expect(message.replace(/\s/g, ' ')).toBe('файл завеликий: 3 000 000 байтів (не більше 2 097 152)');
    installMessages('ko');
    const order = {
      path: 'claims[1].statedOn',
      code: 'series-out-of-order',
      params: { series: 'nis-killed', date: '2024-12-19', previous: 'claims[0]', previousDate: '2025-04-30' },
    } as const;
    expect(describeProblem(order, 'ko').message).toBe(
      '시리즈 “nis-killed”의 날짜 순서가 어긋남(claims[0]의 2025-04-30보다 뒤에 2024-12-19)',
    );
  });
});

describe('describeSiteError', () => {
  it('words a refused entry, with the bad part verbatim', () => {
    installMessages('uk');
    expect(describeSiteError({ code: 'contains-spaces' })).toBe('містить пробіли');
    installMessages('ko');
    expect(describeSiteError({ code: 'bad-label', params: { label: '-bad-' } })).toBe(
      '“-bad-”은(는) 호스트 이름에 쓸 수 없는 부분임',
    );
  });
});
