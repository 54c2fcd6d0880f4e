import { describe, expect, it } from 'vitest';
import { isActiveOn, isSiteEnabled, parseSiteEntry, readActivation } from './site-rules';

describe('parseSiteEntry', () => {
  it.each([
    ['example.com', 'example.com'],
    [' News.Example.COM ', 'news.example.com'],
    ['https://www.bbc.co.uk/news/world', 'www.bbc.co.uk'],
    ['*.example.org', '*.example.org'],
    ['spiegel.*', 'spiegel.*'],
    ['localhost:8080', 'localhost'],
  ])('%j -> %s', (input, site) => {
    expect(parseSiteEntry(input)).toEqual({ site });
  });

  it.each([
    ['', { code: 'empty' }],
    ['example', { code: 'not-a-host' }],
    ['exa mple.com', { code: 'contains-spaces' }],
    ['ex*ample.com', { code: 'wildcard-partial' }],
    ['news.*.com', { code: 'wildcard-position' }],
    ['-bad-.com', { code: 'bad-label', params: { label: '-bad-' } }],
    ['*.*', { code: 'matches-every-site' }],
    [`${'a.'.repeat(130)}com`, { code: 'too-long' }],
  ])('%j is refused (%j)', (input, error) => {
    expect(parseSiteEntry(input)).toEqual({ error });
  });
});

describe('isSiteEnabled', () => {
  const sites = ['example.com', '*.kyivindependent.com', 'spiegel.*'];
  it.each([
    ['all', 'anything.org', true],
    ['only_listed', 'example.com', true],
    ['only_listed', 'www.example.com', true],
    ['only_listed', 'notexample.com', false],
    ['only_listed', 'kyivindependent.com', false],
    ['only_listed', 'news.kyivindependent.com', true],
    ['only_listed', 'spiegel.de', true],
    ['only_listed', 'spiegel.co.uk', false],
    ['all_but_listed', 'example.com', false],
    ['all_but_listed', 'bbc.com', true],
  ] as const)('%s on %s -> %s', (mode, host, expected) => {
    expect(isSiteEnabled(mode, sites, host)).toBe(expected);
  });
});

describe('readActivation', () => {
  it.each([
    [undefined, { autoHighlight: true, siteMode: 'all', sites: [] }],
    [42, { autoHighlight: true, siteMode: 'all', sites: [] }],
    [
      { autoHighlight: false, siteMode: 'only_listed', sites: ['A.com', 'bad site'] },
      { autoHighlight: false, siteMode: 'only_listed', sites: ['a.com'] },
    ],
    [
      { autoHighlight: 'yes', siteMode: 'some' },
      { autoHighlight: true, siteMode: 'all', sites: [] },
    ],
  ])('%j', (stored, expected) => {
    expect(readActivation(stored)).toEqual(expected);
  });

  it('decides per host', () => {
    const activation = readActivation({ siteMode: 'all_but_listed', sites: ['example.com'] });
    expect(isActiveOn(activation, 'example.com')).toBe(false);
    expect(isActiveOn(activation, 'bbc.com')).toBe(true);
    expect(isActiveOn({ ...activation, autoHighlight: false }, 'bbc.com')).toBe(false);
  });
});
