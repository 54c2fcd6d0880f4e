// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_SETTINGS } from '../../ext/settings';
import { installMessages } from '../format/test-messages';
import { describeStatus, StatusLine } from './StatusLine';
import type { PageView } from './use-page';

beforeEach(() => installMessages('en'));
afterEach(cleanup);

const ready = (figureCount: number, host?: string): PageView => ({
  kind: 'ready',
  state: { figureCount, active: true, ...(host ? { host } : {}) },
  figures: [],
});

describe('describeStatus', () => {
  it('says how many figures, none, not available, or waiting', () => {
    expect(describeStatus(ready(7, 'a.org'), DEFAULT_SETTINGS).text).toMatch(/7/);
    expect(describeStatus(ready(0, 'a.org'), DEFAULT_SETTINGS).text).toMatch(/No figures/);
    expect(describeStatus({ kind: 'unavailable' }, DEFAULT_SETTINGS).text).toMatch(/Not available/);
    expect(describeStatus({ kind: 'waiting' }, DEFAULT_SETTINGS).text).toMatch(/Looking/);
  });

  it('offers to turn on highlighting where it is off', () => {
    const off = describeStatus(ready(0, 'a.org'), { ...DEFAULT_SETTINGS, autoHighlight: false });
    expect(off.action?.change).toEqual({ autoHighlight: true });
    const site = describeStatus(ready(0, 'a.org'), {
      ...DEFAULT_SETTINGS,
      siteMode: 'all_but_listed',
      sites: ['a.org'],
    });
    expect(site.text).toMatch(/off for a\.org/);
    expect(site.action?.change).toEqual({ sites: [] });
  });
});

describe('StatusLine', () => {
  it('has a labelled per-site switch that saves the change', () => {
    const onChange = vi.fn();
    render(<StatusLine view={ready(3, 'example.com')} settings={DEFAULT_SETTINGS} onChange={onChange} />);
    const box = screen.getByRole('checkbox', { name: 'Highlight figures on example.com' });
    expect((box as HTMLInputElement).checked).toBe(true);
    fireEvent.click(box);
    expect(onChange).toHaveBeenCalledWith({ siteMode: 'all_but_listed', sites: ['example.com'] });
  });

  it('keeps the switch out of reach until the host is known', () => {
    render(<StatusLine view={{ kind: 'waiting' }} settings={DEFAULT_SETTINGS} onChange={() => undefined} />);
    expect(screen.getByTestId('site-switch').hasAttribute('disabled')).toBe(true);
    expect(screen.getByRole('status').textContent).toMatch(/Looking/);
  });
});
