// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS } from '../../ext/settings';
import { CATALOGS, installMessages } from '../format/test-messages';
import { fillCatalogMessage, setMessageCatalog, t } from '../i18n';
import { applyTheme, pickLocale } from './apply-ui-prefs';

beforeEach(() => installMessages('en'));
afterEach(() => setMessageCatalog(null));

describe('interface language override', () => {
  it('fills named and numbered placeholders like browser.i18n', () => {
    expect(fillCatalogMessage(CATALOGS.uk, 'statusFigures', '7')).toBe(
      'Цифр про північнокорейських військових на сторінці: 7',
    );
    expect(fillCatalogMessage(CATALOGS.en, 'siteError', ['x y', 'contains spaces'])).toBe(
      '“x y” cannot be added: contains spaces',
    );
    expect(fillCatalogMessage(CATALOGS.en, 'noSuchKey')).toBeNull();
  });

  it('makes t() speak the chosen catalog, falling back to the browser for missing keys', () => {
    setMessageCatalog({ ...CATALOGS.ko, openOptions: undefined });
    expect(t('tabLookUp')).toBe('찾아보기');
    expect(t('openOptions')).toBe('Settings');
    setMessageCatalog(null);
    expect(t('tabLookUp')).toBe('Look up');
  });

  it('has every popup and options string in all three languages', () => {
    const keys = Object.keys(CATALOGS.en);
    for (const lang of ['uk', 'ko'] as const) {
      expect(keys.filter((k) => !(k in CATALOGS[lang]))).toEqual([]);
    }
  });
});

describe('theme and locale', () => {
  it('sets the theme attribute, or none to follow the system, and the page language', () => {
    const root = document.createElement('html');
    applyTheme({ ...DEFAULT_SETTINGS, theme: 'dark', uiLanguage: 'uk' }, root);
    expect(root.dataset.theme).toBe('dark');
    expect(root.lang).toBe('uk');
    applyTheme({ ...DEFAULT_SETTINGS, theme: 'auto' }, root);
    expect(root.dataset.theme).toBeUndefined();
    expect(pickLocale('ko')).toBe('ko');
  });
});
