import { mkdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSERS, startHarness, type Harness } from './harness';

const ARTIFACTS = 'tests/e2e/.artifacts';
mkdirSync(ARTIFACTS, { recursive: true });

describe.each(BROWSERS)('smoke in %s', (kind) => {
  let harness: Harness;
  beforeAll(async () => {
    harness = await startHarness(kind);
  });
  afterAll(async () => {
    await harness?.close();
  });

  it('runs the content script on a local page, which the popup can then describe', async () => {
    const page = await harness.openFixture('smoke-en.html');
    const popup = await harness.openPopupFor(page);
    const status = await popup.waitFor(() => {
      const text = document.querySelector('[data-testid=status]')?.textContent ?? '';
      return /…|\.\.\./.test(text) ? '' : text;
    }, 'popup status');
    expect(status).not.toMatch(/not available/i);
    await popup.screenshot(`${ARTIFACTS}/${kind}-popup.png`);
    expect(popup.errors).toEqual([]);
    expect(page.errors, page.errors.join('\n')).toEqual([]);
    await popup.close();
    await page.close();
  });

  it('renders the options page without console errors', async () => {
    const options = await harness.openOptions();
    const label = await options.waitFor(
      () => document.querySelector('label')?.textContent ?? '',
      'options label',
    );
    expect(label).toMatch(/highlight/i);
    await options.screenshot(`${ARTIFACTS}/${kind}-options.png`);
    expect(options.errors).toEqual([]);
    await options.close();
  });

  it('leaves the page working: its own script still counts clicks', async () => {
    const page = await harness.openFixture('smoke-en.html');
    await page.click('#counter');
    await page.click('#counter');
    expect(await page.evaluate(() => document.getElementById('counter')?.textContent)).toBe(
      'clicked 2 times',
    );
    await page.close();
  });

  it('makes no network request', () => {
    const foreign = harness.foreignRequests();
    expect(foreign, foreign.join('\n')).toEqual([]);
    // The fixture server did see the test's own page loads, so recording works.
    expect(harness.server.requests.some((r) => r.url.includes('smoke-en.html'))).toBe(true);
  });
});
