// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Misreading } from '../../core/types';
import {
  ESTIMATORS,
  FIGURE,
  HUR_CAS_RANGE,
  JCS_CAS_JAN,
  makeClaim,
  makeResult,
  NIS_CAS_DEC,
  NIS_CAS_JAN,
} from '../components/test-fixtures';
import { installMessages } from '../format/test-messages';
import { FigureCard } from './FigureCard';

beforeEach(() => installMessages('en'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const noop = () => undefined;

function section(container: Element, name: string): HTMLElement | null {
  return container.querySelector<HTMLElement>(`[data-section="${name}"]`);
}

describe('FigureCard', () => {
  it('is a non-modal dialog labelled by its heading, which it focuses when asked', () => {
    render(
      <FigureCard
        figure={FIGURE}
        result={makeResult()}
        onClose={noop}
        estimators={ESTIMATORS}
        locale="en"
        autoFocus
      />,
    );
    const dialog = screen.getByRole('dialog', { name: '“some 3,000” on this page' });
    expect(dialog.getAttribute('aria-modal')).toBe('false');
    expect(document.activeElement?.tagName).toBe('H2');
    expect(document.activeElement?.textContent).toBe('“some 3,000” on this page');
  });

  it('does not move focus without autoFocus', () => {
    render(<FigureCard figure={FIGURE} result={makeResult()} onClose={noop} locale="en" />);
    expect(document.activeElement?.tagName).not.toBe('H2');
  });

  it('shows the figure as read, the relation, the match, the newer estimate and the competing ones', () => {
    const { container } = render(
      <FigureCard figure={FIGURE} result={makeResult()} onClose={noop} estimators={ESTIMATORS} locale="en" />,
    );
    expect(container.textContent).toContain('Read as about 3,000 — killed or wounded');
    expect(screen.getByText('Same estimate')).toBeTruthy();
    expect(screen.getByText('This figure restates NIS’s estimate of Dec 19, 2024.')).toBeTruthy();
    const match = section(container, 'match');
    expect(match?.querySelector('h3')?.textContent).toBe('Most likely restates');
    expect(match?.textContent).toContain('about 1,100');
    expect(match?.querySelector('[title="National Intelligence Service (South Korea)"]')).not.toBeNull();
    expect(section(container, 'newer')?.textContent).toContain('more than 3,000');
    const summary = match?.querySelector('.nkf-summary');
    expect(summary?.textContent).toBe(NIS_CAS_DEC.summary);
    expect(summary?.getAttribute('lang')).toBe('en');
    expect(container.textContent).toContain('Why this match?');
    expect(container.textContent).toContain('Estimates disagree');
    const table = screen.getByRole('table', { name: 'Other estimates' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((h) => h.textContent?.trim().split(' ')[0]),
    ).toEqual(['JCS', 'HUR', 'Pentagon']);
  });

  it('uses the matcher’s note as the relation sentence', () => {
    const note = 'JCS counted about 4,000 killed or wounded; this text says died.';
    render(
      <FigureCard
        figure={{ ...FIGURE, metric: 'killed', text: '4,000 died', value: 4000, qualifier: 'exact' }}
        result={makeResult({ relation: 'metric_mismatch', match: JCS_CAS_JAN, newer: null, note })}
        onClose={noop}
        locale="en"
      />,
    );
    expect(screen.getByText(note)).toBeTruthy();
    expect(screen.getByText('Counts something else')).toBeTruthy();
    expect(screen.queryByText(/counts something else: about 4,000/)).toBeNull();
  });

  it('in another UI language, says the relation in that language and keeps the English note, marked English', () => {
    installMessages('uk');
    const note = 'JCS counted about 4,000 killed or wounded; this text says died.';
    render(
      <FigureCard
        figure={{ ...FIGURE, metric: 'killed', text: '4,000 died', value: 4000, qualifier: 'exact' }}
        result={makeResult({ relation: 'metric_mismatch', match: JCS_CAS_JAN, newer: null, note })}
        onClose={noop}
        estimators={ESTIMATORS}
        locale="uk"
      />,
    );
    expect(screen.getByRole('dialog').getAttribute('lang')).toBe('uk');
    expect(
      screen.getByText(
        /^Оцінка JCS \(13 січ\. 2025 р\.\) стосується іншого: близько 4\s000 убиті або поранені\.$/,
      ),
    ).toBeTruthy();
    expect(screen.getByText(note).getAttribute('lang')).toBe('en');
  });

  it('says "no known estimate" and shows no match for unknown figures', () => {
    const { container } = render(
      <FigureCard
        figure={FIGURE}
        result={makeResult({ relation: 'unknown', match: null, newer: null, why: null, competing: [] })}
        onClose={noop}
        locale="en"
      />,
    );
    expect(screen.getByText('No known estimate')).toBeTruthy();
    expect(screen.getByText('No known public estimate matches this figure.')).toBeTruthy();
    expect(section(container, 'match')).toBeNull();
    expect(section(container, 'timeline')).toBeNull();
    expect(container.textContent).toContain('No other estimator has given a figure for this.');
    expect(container.textContent).not.toContain('Why this match?');
    expect(container.textContent).not.toContain('Estimates disagree');
  });

  it('calls the nearest estimate by that name when the figure differs', () => {
    const { container } = render(
      <FigureCard
        figure={FIGURE}
        result={makeResult({ relation: 'differs', newer: null })}
        onClose={noop}
        estimators={ESTIMATORS}
        locale="en"
      />,
    );
    expect(section(container, 'match')?.querySelector('h3')?.textContent).toBe('Nearest estimate');
    expect(container.textContent).toContain(
      'No known estimate gives this figure; the nearest is NIS’s of Dec 19, 2024.',
    );
  });

  it('says the match was still current at the page date when the newer estimate came later', () => {
    const { container, rerender } = render(
      <FigureCard figure={FIGURE} result={makeResult()} onClose={noop} pageDate="2024-12-20" locale="en" />,
    );
    expect(section(container, 'newer')?.textContent).toContain(
      'It was still the latest when this page was published (Dec 20, 2024).',
    );
    rerender(
      <FigureCard
        figure={FIGURE}
        result={makeResult({ newer: NIS_CAS_JAN, newerAtPageDate: NIS_CAS_JAN })}
        onClose={noop}
        pageDate="2025-02-01"
        locale="en"
      />,
    );
    expect(section(container, 'newer-at-page')?.textContent).toContain('more than 3,000');
    expect(section(container, 'newer')).toBeNull();
    expect(container.textContent).not.toContain('still the latest');
  });

  it('plots the match’s series with the competing ones and the page’s figure', () => {
    const { container } = render(
      <FigureCard
        figure={FIGURE}
        result={makeResult()}
        onClose={noop}
        matchSeries={[NIS_CAS_DEC, NIS_CAS_JAN]}
        estimators={ESTIMATORS}
        locale="en"
      />,
    );
    const timeline = section(container, 'timeline');
    const legend = within(timeline as HTMLElement).getByRole('list', { name: 'Estimators' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(['NIS', 'JCS', 'HUR', 'Pentagon']);
    expect(timeline?.querySelector(`g[data-claim-id="${HUR_CAS_RANGE.id}"]`)).not.toBeNull();
    expect(timeline?.querySelector('.nkf-figure-line')).not.toBeNull();
    expect(timeline?.querySelector('.nkf-figure-label')?.textContent).toBe('this page');
  });

  it('shows a known misreading unless the note already says it', () => {
    const misreading: Misreading = {
      id: 'm1',
      claim: NIS_CAS_DEC.id,
      wrongMetric: 'killed',
      explanation: 'Some outlets reported the 1,100 casualties as deaths.',
      examples: [],
    };
    const { container, rerender } = render(
      <FigureCard figure={FIGURE} result={makeResult({ misreading })} onClose={noop} locale="en" />,
    );
    expect(section(container, 'misreading')?.textContent).toContain(
      'reported the 1,100 casualties as deaths',
    );
    rerender(
      <FigureCard
        figure={FIGURE}
        result={makeResult({ misreading, note: misreading.explanation })}
        onClose={noop}
        locale="en"
      />,
    );
    expect(section(container, 'misreading')).toBeNull();
  });

  it('closes and opens the popup through its callbacks', () => {
    const onClose = vi.fn();
    const onOpenPopup = vi.fn();
    const { rerender } = render(
      <FigureCard
        figure={FIGURE}
        result={makeResult()}
        onClose={onClose}
        onOpenPopup={onOpenPopup}
        locale="en"
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    fireEvent.click(screen.getByRole('button', { name: 'Open in popup' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(onOpenPopup).toHaveBeenCalledTimes(1);
    rerender(<FigureCard figure={FIGURE} result={makeResult()} onClose={onClose} locale="en" />);
    expect(screen.queryByRole('button', { name: 'Open in popup' })).toBeNull();
  });

  it('renders hostile page and imported text as text, marked as the reader’s', () => {
    const hostile = makeClaim({
      id: 'user-evil',
      estimator: 'jcs',
      value: 7000,
      summary: '<script>alert(1)</script>',
      sources: [
        {
          outlet: '<img src=x onerror=alert(1)>',
          url: 'javascript:alert(1)',
          publishedOn: '2025-01',
          lang: 'en',
        },
      ],
    });
    const { container } = render(
      <FigureCard
        figure={{ ...FIGURE, text: '<b>3,000</b>' }}
        result={makeResult({ match: hostile, newer: null })}
        onClose={noop}
        isUserClaim={(c) => c.id === 'user-evil'}
        locale="en"
      />,
    );
    expect(container.querySelector('img, script, b')).toBeNull();
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe('“<b>3,000</b>” on this page');
    expect(section(container, 'match')?.textContent).toContain('yours');
    expect(section(container, 'match')?.querySelector('a')).toBeNull();
    for (const link of container.querySelectorAll('a')) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    }
  });

  it('can force a theme and take the height it is given', () => {
    render(
      <FigureCard
        figure={FIGURE}
        result={makeResult()}
        onClose={noop}
        theme="dark"
        maxHeight={300}
        locale="en"
      />,
    );
    const dialog = screen.getByRole('dialog');
    expect(dialog.getAttribute('data-theme')).toBe('dark');
    expect(dialog.style.getPropertyValue('--nkf-card-max-height')).toBe('300px');
  });
});

describe('FigureCard in other languages', () => {
  it.each(['uk', 'ko'] as const)('has a message for every string in %s', (lang) => {
    installMessages(lang);
    const { container } = render(
      <FigureCard
        figure={FIGURE}
        result={makeResult({ misreading: null })}
        onClose={noop}
        onOpenPopup={noop}
        estimators={ESTIMATORS}
        pageDate="2024-12-20"
        locale={lang}
      />,
    );
    for (const details of container.querySelectorAll('details')) details.open = true;
    const text = container.textContent ?? '';
    const ariaLabels = [...container.querySelectorAll('[aria-label]')].map((el) =>
      el.getAttribute('aria-label'),
    );
    expect(`${text} ${ariaLabels.join(' ')}`).not.toMatch(
      /\b(card|why|timeline|col|relation|sentence|qualifier|unit|metric|copy|marker|table)[A-Z]\w*/,
    );
    expect(text).not.toContain('Read as');
  });
});
