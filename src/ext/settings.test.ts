import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  DEFAULT_SETTINGS,
  loadSettings,
  sanitizeSettings,
  sanitizeSettingsReport,
  watchSettings,
} from './settings';
import { saveSettings } from './settings-item';

describe('sanitizeSettings', () => {
  it.each([
    [undefined, {}],
    ['garbage', {}],
    [{ autoHighlight: 'no' }, {}],
    [{ autoHighlight: false, junk: 1 }, { autoHighlight: false }],
    [
      { siteMode: 'only_listed', sites: ['Example.com', 'bad site'] },
      { siteMode: 'only_listed', sites: ['example.com'] },
    ],
    [{ metrics: ['killed', 'bananas'] }, { metrics: ['killed'] }],
    [{ palette: 'rainbow', theme: 'dark' }, { theme: 'dark' }],
  ])('%j', (input, change) => {
    expect(sanitizeSettings(input)).toEqual({ ...DEFAULT_SETTINGS, ...change });
  });

  it.each([
    [{ autoHighlight: 'no' }, ['autoHighlight']],
    [{ sites: ['ok.com', 'not ok'] }, ['sites']],
    [{ palette: 7, theme: 'dark' }, ['palette']],
    [42, ['settings']],
    [undefined, []],
  ])('reports repaired fields of %j', (input, repaired) => {
    expect(sanitizeSettingsReport(input).repaired).toEqual(repaired);
  });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('returns defaults when nothing is stored', async () => {
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('survives corrupt stored values', async () => {
    await fakeBrowser.storage.sync.set({ settings: 42 });
    expect(await loadSettings()).toEqual(DEFAULT_SETTINGS);
  });

  it('tells a watcher each change, sanitised, until its signal aborts', async () => {
    const seen: boolean[] = [];
    const controller = new AbortController();
    watchSettings((settings) => seen.push(settings.autoHighlight), controller.signal);
    await saveSettings({ autoHighlight: false });
    await fakeBrowser.storage.sync.set({ settings: 'corrupt' });
    await fakeBrowser.storage.local.set({ settings: { autoHighlight: false } });
    controller.abort();
    await saveSettings({ autoHighlight: false, palette: 'ibm' });
    expect(seen).toEqual([false, DEFAULT_SETTINGS.autoHighlight]);
  });

  it('saves and reloads a change, keeping the other fields', async () => {
    await saveSettings({ autoHighlight: false });
    await saveSettings({ palette: 'ibm' });
    expect(await loadSettings()).toEqual({ ...DEFAULT_SETTINGS, autoHighlight: false, palette: 'ibm' });
  });
});
