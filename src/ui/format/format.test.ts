import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Claim, Estimator, Figure } from '../../core/types';
import { formatCitation } from './format-citation';
import { formatClaimValue, formatFigureValue, readVaguePhrase } from './format-claim-value';
import { formatDate, parseIsoDate } from './format-date';
import { formatCountry, formatEstimatorName } from './format-estimator';
import { formatMetric } from './format-metric';
import { formatNumber, formatPercent } from './format-number';
import { normalizeLocale, readMessageLanguage } from './locale';
import { safeHref } from './safe-href';
import { installMessages } from './test-messages';

const NBSP = '\u00a0';

function claim(over: Partial<Claim>): Claim {
  return {
    id: 'jcs-casualties-2025-01-13',
    metric: 'casualties_total',
    value: 3000,
    qualifier: 'about',
    unit: 'troops',
    scope: 'Kursk region',
    estimator: 'jcs',
    statedOn: '2025-01-13',
    sources: [
      {
        outlet: 'Yonhap',
        url: 'https://en.yna.co.kr/view/AEN20250113000351315',
        publishedOn: '2025-01-13',
        lang: 'en',
      },
    ],
    summary: 'JCS said about 3,000 North Korean troops had been killed or wounded.',
    status: 'verified',
    series: 'jcs-casualties',
    ...over,
  };
}

const NIS: Estimator = {
  id: 'nis',
  name: 'National Intelligence Service (South Korea)',
  short: 'NIS',
  kind: 'intelligence',
  country: 'KR',
  aliases: { en: [], uk: [], ru: [], de: [], ko: [] },
};

afterEach(() => vi.restoreAllMocks());

describe('formatNumber', () => {
  it('groups by locale', () => {
    expect(formatNumber(11000, 'en')).toBe('11,000');
    expect(formatNumber(11000, 'uk')).toBe(`11${NBSP}000`);
    expect(formatNumber(11000, 'ko')).toBe('11,000');
    expect(formatNumber(11000, 'en_US')).toBe('11,000');
  });
  it('rounds and survives bad input', () => {
    expect(formatNumber(1234.6, 'en')).toBe('1,235');
    expect(formatNumber(Number.NaN, 'en')).toBe('?');
    expect(formatNumber(5, 'not a locale!!')).toBe('5');
  });
  it('formats percent points', () => {
    expect(formatPercent(67, 'en')).toBe('67%');
  });
});

describe('normalizeLocale', () => {
  it('turns browser.i18n tags into BCP 47 and falls back to en', () => {
    expect(normalizeLocale('pt_BR')).toBe('pt-BR');
    expect(normalizeLocale('')).toBe('en');
    expect(normalizeLocale('@@')).toBe('en');
  });
  it('knows which catalog the messages come from', () => {
    installMessages('uk');
    expect(readMessageLanguage()).toBe('uk');
    installMessages('ko');
    expect(readMessageLanguage()).toBe('ko');
    vi.restoreAllMocks();
    installMessages('en');
    expect(readMessageLanguage()).toBe('en');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockReturnValue('');
    expect(readMessageLanguage()).toBe('en');
  });
});

describe('formatDate', () => {
  it('formats days and months', () => {
    expect(formatDate('2025-01-13', 'en')).toBe('Jan 13, 2025');
    expect(formatDate('2025-01', 'en')).toBe('Jan 2025');
    expect(formatDate('2025-01-13', 'ko')).toBe('2025년 1월 13일');
    expect(formatDate('2025-01-13', 'uk')).toContain('2025');
    expect(formatDate('2025-01-13', 'uk')).toContain('13');
  });
  it('does not shift the day across time zones', () => {
    expect(formatDate('2024-12-31', 'en')).toBe('Dec 31, 2024');
  });
  it('returns anything else unchanged', () => {
    expect(formatDate('last week', 'en')).toBe('last week');
    expect(formatDate('2025-13', 'en')).toBe('2025-13');
    expect(parseIsoDate('2025-02-30')).toEqual({ year: 2025, month: 2, day: 30 });
  });
});

describe('safeHref', () => {
  it.each([
    ['https://en.yna.co.kr/view/AEN1', 'https://en.yna.co.kr/view/AEN1'],
    ['http://world.kbs.co.kr/a?b=1', 'http://world.kbs.co.kr/a?b=1'],
    [' https://example.org/x ', 'https://example.org/x'],
  ])('keeps %s', (url, expected) => expect(safeHref(url)).toBe(expected));
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'data:text/html,<b>x</b>',
    '/relative',
    'ftp://x.org/',
    '',
    'http//nope',
  ])('rejects %s', (url) => expect(safeHref(url)).toBeNull());
  it('rejects missing values', () => expect(safeHref(undefined)).toBeNull());
});

describe('with English messages', () => {
  beforeEach(() => installMessages('en'));

  it('formats qualifiers', () => {
    expect(formatClaimValue(claim({ value: 4000, qualifier: 'about' }), 'en')).toBe('about 4,000');
    expect(formatClaimValue(claim({ value: 3000, qualifier: 'more_than' }), 'en')).toBe('more than 3,000');
    expect(formatClaimValue(claim({ value: 3000, qualifier: 'at_least' }), 'en')).toBe('at least 3,000');
    expect(formatClaimValue(claim({ value: 3000, qualifier: 'nearly' }), 'en')).toBe('nearly 3,000');
    expect(formatClaimValue(claim({ value: 3000, qualifier: 'up_to' }), 'en')).toBe('up to 3,000');
    expect(formatClaimValue(claim({ value: 300, qualifier: 'exact' }), 'en')).toBe('300');
  });
  it('formats ranges', () => {
    const range = claim({ value: undefined, low: 10000, high: 12000, qualifier: 'range' });
    expect(formatClaimValue(range, 'en')).toBe('10,000–12,000');
  });
  it('formats vague claims from the quoted words of their scope', () => {
    const vague = claim({
      value: undefined,
      qualifier: 'vague',
      scope: 'Kursk region ("several hundred", all ranks)',
    });
    expect(formatClaimValue(vague, 'en')).toBe('several hundred');
    expect(
      formatClaimValue(claim({ value: undefined, qualifier: 'vague', scope: 'size under review' }), 'en'),
    ).toBe('an unspecified number');
    expect(readVaguePhrase('workers ("thousands")')).toBe('thousands');
    expect(readVaguePhrase('“a couple thousand” at most')).toBe('a couple thousand');
  });
  it('formats percent claims and non-people units', () => {
    expect(formatClaimValue(claim({ value: 67, unit: 'percent', qualifier: 'about' }), 'en')).toBe(
      'about 67%',
    );
    expect(formatClaimValue(claim({ value: 120, unit: 'pieces', qualifier: 'exact' }), 'en')).toBe(
      '120 pieces',
    );
  });
  it('formats a figure; a vague figure is its own text', () => {
    const figure: Figure = {
      text: 'hundreds of',
      start: 0,
      end: 11,
      value: null,
      low: null,
      high: null,
      unit: 'troops',
      metric: 'killed',
      qualifier: 'vague',
      lang: 'en',
    };
    expect(formatFigureValue(figure, 'en')).toBe('hundreds of');
    expect(
      formatFigureValue({ ...figure, text: 'some 11,000', value: 11000, qualifier: 'about' }, 'en'),
    ).toBe('about 11,000');
  });
  it('names metrics', () => {
    expect(formatMetric('casualties_total')).toBe('killed or wounded');
    expect(formatMetric('deployed_total')).toBe('troops deployed');
  });
  it('names estimators with their country, except organisations', () => {
    expect(formatCountry('KR', 'en')).toBe('South Korea');
    expect(formatCountry('NATO', 'en')).toBeNull();
    expect(formatCountry('UN', 'en')).toBeNull();
    expect(formatEstimatorName(NIS, 'en')).toBe('NIS (South Korea)');
    expect(formatEstimatorName({ ...NIS, short: 'North Korea (KCNA)', country: 'KP' }, 'en')).toBe(
      'North Korea (KCNA)',
    );
    expect(formatEstimatorName({ ...NIS, short: 'MSMT', country: 'MSMT' }, 'en')).toBe('MSMT');
  });
  it('writes a citation', () => {
    const killed = claim({ metric: 'killed', value: 300, estimator: 'nis' });
    expect(formatCitation(killed, NIS, 'en')).toBe(
      'NIS (South Korea), 2025-01-13: about 300 killed — Yonhap, https://en.yna.co.kr/view/AEN20250113000351315',
    );
  });
  it('leaves unsafe URLs and missing sources out of a citation', () => {
    const hostile = claim({
      sources: [{ outlet: 'Evil', url: 'javascript:alert(1)', publishedOn: '2025-01', lang: 'en' }],
    });
    expect(formatCitation(hostile, NIS, 'en')).toBe(
      'NIS (South Korea), 2025-01-13: about 3,000 killed or wounded — Evil',
    );
    expect(formatCitation(claim({ sources: [] }), NIS, 'en')).toBe(
      'NIS (South Korea), 2025-01-13: about 3,000 killed or wounded',
    );
  });
});

describe('in other UI languages', () => {
  it('puts Korean hedges and counters where Korean puts them', () => {
    installMessages('ko');
    expect(formatClaimValue(claim({ value: 3000, qualifier: 'more_than' }), 'ko')).toBe('3,000명 이상');
    expect(formatClaimValue(claim({ value: 4000, qualifier: 'about' }), 'ko')).toBe('약 4,000명');
    expect(formatEstimatorName(NIS, 'ko')).toBe('NIS(대한민국)');
  });
  it('uses Ukrainian words and grouping', () => {
    installMessages('uk');
    expect(formatClaimValue(claim({ value: 4000, qualifier: 'about' }), 'uk')).toBe(`близько 4${NBSP}000`);
    expect(formatMetric('killed')).toBe('загинули');
  });
});
