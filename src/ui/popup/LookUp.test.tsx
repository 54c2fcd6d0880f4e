// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { buildMatchIndex } from '../../core/match/build-match-index';
import type { MatchIndex } from '../../core/match/types';
import type { Claim, Dataset } from '../../core/types';
import bundled from '../../data/claims.json';
import { searchClaims, type SearchFilters } from '../../core/match/search-claims';
import { CATALOGS, installMessages } from '../format/test-messages';
import { LookUp } from './LookUp';

let index: MatchIndex;
const search = (q: string, f: SearchFilters) => searchClaims(index, q, f);
beforeAll(() => {
  index = buildMatchIndex(bundled as unknown as Dataset);
});
beforeEach(() => installMessages('en'));
afterEach(cleanup);

const notMine = (_: Claim) => false;
const resultIds = (container: Element) =>
  [...container.querySelectorAll('[data-testid=lookup-results] .nkf-claim')].map((el) =>
    el.getAttribute('data-claim-id'),
  );

describe('LookUp', () => {
  it('shows example queries until something is asked, and runs one when clicked', () => {
    const { container } = render(<LookUp index={index} search={search} locale="en" isUserClaim={notMine} />);
    const example = screen.getByRole('button', { name: 'NIS killed' });
    expect(resultIds(container)).toEqual([]);
    fireEvent.click(example);
    expect((screen.getByRole('searchbox') as HTMLInputElement).value).toBe('NIS killed');
    expect(resultIds(container)).toContain('nis-killed-2025-01-13');
  });

  it('finds NIS’s killed series as you type, each with Copy citation', () => {
    const { container } = render(<LookUp index={index} search={search} locale="en" isUserClaim={notMine} />);
    fireEvent.input(screen.getByRole('searchbox', { name: 'Search all estimates' }), {
      target: { value: 'NIS killed' },
    });
    const ids = resultIds(container);
    expect(ids).toEqual(expect.arrayContaining(['nis-killed-2024-12-19', 'nis-killed-2025-04-30']));
    expect(ids.every((id) => id?.startsWith('nis-'))).toBe(true);
    expect(screen.getAllByRole('button', { name: /^Copy citation: NIS/ })).toHaveLength(ids.length);
    expect(screen.getByTestId('lookup-count').textContent).toMatch(String(ids.length));
  });

  it('filters by metric and estimator without a query', () => {
    const { container } = render(<LookUp index={index} search={search} locale="en" isUserClaim={notMine} />);
    fireEvent.change(screen.getByRole('combobox', { name: 'Who' }), { target: { value: 'hur' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'What' }), { target: { value: 'killed' } });
    const ids = resultIds(container);
    expect(ids.length).toBeGreaterThan(0);
    expect(ids.every((id) => id?.startsWith('hur-killed'))).toBe(true);
  });

  it('copies a plain-text citation of a result', async () => {
    const writeText = vi.fn(() => Promise.resolve());
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } });
    render(<LookUp index={index} search={search} locale="en" isUserClaim={notMine} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'NIS killed January 2025' } });
    fireEvent.click(screen.getAllByRole('button', { name: /^Copy citation: NIS/ })[0]!);
    await vi.waitFor(() => expect(writeText).toHaveBeenCalled());
    expect(writeText.mock.calls[0]).toEqual([
      expect.stringMatching(/^NIS \(South Korea\), 2025-01-13: about 300 killed — .+, https?:\/\/\S+$/),
    ]);
    vi.unstubAllGlobals();
  });

  it('offers only example queries that find something, in every language', () => {
    for (const catalog of Object.values(CATALOGS)) {
      for (const example of catalog.lookupExamples!.message.split('|')) {
        expect(searchClaims(index, example).length, example).toBeGreaterThan(0);
      }
    }
  });

  it('says it is preparing while the index is not built yet', () => {
    render(<LookUp index={null} search={null} locale="en" isUserClaim={notMine} />);
    fireEvent.input(screen.getByRole('searchbox'), { target: { value: 'NIS' } });
    expect(screen.getByTestId('lookup-count').textContent).toMatch(/Preparing/);
  });
});
