import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DEFAULT_SETTINGS, loadSettings, sanitizeSettings, saveSettings } from './settings';

describe('sanitizeSettings', () => {
  it.each([
    [undefined, DEFAULT_SETTINGS],
    ['garbage', DEFAULT_SETTINGS],
    [{ autoHighlight: 'no' }, DEFAULT_SETTINGS],
    [{ autoHighlight: false, junk: 1 }, { autoHighlight: false }],
  ])('%j -> %j', (input, expected) => {
    expect(sanitizeSettings(input)).toEqual(expected);
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

  it('saves and reloads a change', async () => {
    await saveSettings({ autoHighlight: false });
    expect(await loadSettings()).toEqual({ autoHighlight: false });
  });
});
