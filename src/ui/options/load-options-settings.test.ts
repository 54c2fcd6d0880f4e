import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS } from '../../ext/settings';
import { settingsItem } from '../../ext/settings-item';
import { loadOptionsSettings } from './load-options-settings';

beforeEach(() => fakeBrowser.reset());

describe('loadOptionsSettings', () => {
  it('reports corrupt fields, falls back for them only, and writes the repair back once', async () => {
    await fakeBrowser.storage.sync.set({
      settings: { autoHighlight: false, palette: 'rainbow', sites: ['ok.org', 'not ok'], theme: 'dark' },
    });
    const first = await loadOptionsSettings();
    expect(first.repaired.sort()).toEqual(['palette', 'sites']);
    expect(first.settings).toMatchObject({
      autoHighlight: false,
      palette: DEFAULT_SETTINGS.palette,
      sites: ['ok.org'],
      theme: 'dark',
    });
    expect(await settingsItem.getValue()).toEqual(first.settings);
    expect((await loadOptionsSettings()).repaired).toEqual([]);
  });

  it('reports nothing when nothing is stored', async () => {
    expect(await loadOptionsSettings()).toEqual({ settings: DEFAULT_SETTINGS, repaired: [] });
  });
});
