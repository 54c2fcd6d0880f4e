import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type Settings } from '../../ext/settings';
import { isHighlightingOn, planSiteToggle } from './site-toggle';

const with_ = (change: Partial<Settings>): Settings => ({ ...DEFAULT_SETTINGS, ...change });

describe('planSiteToggle', () => {
  it('turns a site off under "all sites" by listing it as an exception', () => {
    expect(planSiteToggle(with_({}), 'www.example.com', false)).toEqual({
      siteMode: 'all_but_listed',
      sites: ['example.com'],
    });
  });

  it('adds and removes the host under "only listed"', () => {
    const only = with_({ siteMode: 'only_listed', sites: ['a.org'] });
    expect(planSiteToggle(only, 'news.example.com', true)).toEqual({ sites: ['a.org', 'news.example.com'] });
    const listed = with_({ siteMode: 'only_listed', sites: ['a.org', '*.example.com'] });
    expect(planSiteToggle(listed, 'news.example.com', false)).toEqual({ sites: ['a.org'] });
  });

  it('removes every entry covering the host under "all but listed"', () => {
    const except = with_({ siteMode: 'all_but_listed', sites: ['example.com', '*.example.com', 'b.org'] });
    expect(planSiteToggle(except, 'news.example.com', true)).toEqual({ sites: ['b.org'] });
    expect(planSiteToggle(except, 'c.org', false)).toEqual({
      sites: ['example.com', '*.example.com', 'b.org', 'c.org'],
    });
  });

  it('switches automatic highlighting on when turning a site on', () => {
    expect(planSiteToggle(with_({ autoHighlight: false }), 'example.com', true)).toEqual({
      autoHighlight: true,
    });
  });

  it('changes nothing when the site is already as asked', () => {
    expect(planSiteToggle(with_({}), 'example.com', true)).toEqual({});
  });

  it('applies the plan: the host ends up as asked', () => {
    for (const siteMode of ['all', 'only_listed', 'all_but_listed'] as const) {
      for (const on of [true, false]) {
        const before = with_({ siteMode, sites: ['x.org'] });
        const after = { ...before, ...planSiteToggle(before, 'news.example.com', on) };
        expect(isHighlightingOn(after, 'news.example.com')).toBe(on);
      }
    }
  });
});
