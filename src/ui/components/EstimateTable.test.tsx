// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installMessages } from '../format/test-messages';
import { EstimateTable } from './EstimateTable';
import { COMPETING, JCS, makeClaim } from './test-fixtures';

beforeEach(() => installMessages('en'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('EstimateTable', () => {
  it('is a captioned table with column and row headers', () => {
    render(<EstimateTable estimates={COMPETING} locale="en" />);
    const table = screen.getByRole('table', { name: 'Other estimates' });
    const cols = within(table).getAllByRole('columnheader');
    expect(cols.map((c) => c.textContent)).toEqual(['Who', 'Estimate', 'Date', 'Reported by']);
    expect(cols.every((c) => c.getAttribute('scope') === 'col')).toBe(true);
    const rowHeaders = within(table).getAllByRole('rowheader');
    expect(rowHeaders.map((h) => h.textContent?.trim())).toEqual(['JCS', 'HUR', 'Pentagon weak source']);
    expect(rowHeaders.every((h) => h.getAttribute('scope') === 'row')).toBe(true);
  });

  it('shows each estimator’s latest value with its qualifier, date and source', () => {
    render(<EstimateTable estimates={COMPETING} locale="en" />);
    const rows = screen.getAllByRole('row').slice(1);
    expect(
      rows.map((r) => [...r.querySelectorAll('td')].map((c) => c.textContent?.replace(/ \(opens.*\)/, ''))),
    ).toEqual([
      ['about 4,000', 'Jan 13, 2025', 'Yonhap'],
      ['4,000–5,000', 'Mar 2025', 'Ukrainska Pravda'],
      ['several hundred', 'Dec 17, 2024', 'Yonhap'],
    ]);
    for (const link of screen.getAllByRole('link')) {
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
      expect(link.getAttribute('target')).toBe('_blank');
    }
  });

  it('marks user claims and does not link unsafe URLs', () => {
    const mine = makeClaim({
      id: 'mine',
      estimator: 'jcs',
      value: 9999,
      sources: [{ outlet: 'My notes', url: 'data:text/html,hi', publishedOn: '2025-02', lang: 'en' }],
    });
    render(
      <EstimateTable
        estimates={[{ estimator: JCS, latest: mine, series: [mine] }]}
        isUserClaim={() => true}
        locale="en"
      />,
    );
    expect(screen.getByText('yours')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
    expect(screen.getByText('My notes')).toBeTruthy();
  });

  it('says when there is nothing to compare', () => {
    render(<EstimateTable estimates={[]} locale="en" />);
    expect(screen.queryByRole('table')).toBeNull();
    expect(screen.getByText(/No other estimator/)).toBeTruthy();
  });
});
