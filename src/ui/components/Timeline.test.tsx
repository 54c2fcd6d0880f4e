// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installMessages } from '../format/test-messages';
import { pickSeriesStyle } from './palette';
import { Timeline } from './Timeline';
import type { TimelineSeries } from './timeline-layout';
import {
  HUR,
  HUR_CAS_PERCENT,
  HUR_CAS_RANGE,
  JCS,
  JCS_CAS_JAN,
  NIS,
  NIS_CAS_DEC,
  NIS_CAS_JAN,
  PENTAGON,
  PENTAGON_CAS_VAGUE,
} from './test-fixtures';

const SERIES: TimelineSeries[] = [
  { estimator: NIS, claims: [NIS_CAS_DEC, NIS_CAS_JAN] },
  { estimator: JCS, claims: [JCS_CAS_JAN] },
  { estimator: HUR, claims: [HUR_CAS_PERCENT, HUR_CAS_RANGE] },
  { estimator: PENTAGON, claims: [PENTAGON_CAS_VAGUE] },
];

beforeEach(() => installMessages('en'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

describe('Timeline', () => {
  it('is an image labelled by its title and description', () => {
    const { container } = render(
      <Timeline series={SERIES} metric="casualties_total" figureValue={3000} locale="en" />,
    );
    const svg = container.querySelector('svg.nkf-timeline-chart');
    expect(svg?.getAttribute('role')).toBe('img');
    const ids = (svg?.getAttribute('aria-labelledby') ?? '').split(' ');
    expect(ids).toHaveLength(2);
    const [titleId, descId] = ids;
    expect(container.querySelector(`title[id="${titleId}"]`)?.textContent).toBe(
      'Estimates over time: killed or wounded',
    );
    expect(container.querySelector(`desc[id="${descId}"]`)?.textContent).toBe(
      'Estimates plotted: 4, from Dec 19, 2024 to Mar 2025, with values from 1,100 to 5,000. ' +
        'The figure on this page, 3,000, is the dashed line.',
    );
  });

  it('draws one marker per plotted estimate, in its series style, and a bar for ranges', () => {
    const { container } = render(
      <Timeline series={SERIES} metric="casualties_total" figureValue={3000} locale="en" />,
    );
    const marks = [...container.querySelectorAll('g.nkf-mark')];
    expect(marks.map((m) => m.getAttribute('data-claim-id'))).toEqual([
      NIS_CAS_DEC.id,
      NIS_CAS_JAN.id,
      JCS_CAS_JAN.id,
      HUR_CAS_RANGE.id,
    ]);
    const jcsFill = marks[2]?.querySelector('path')?.getAttribute('fill');
    expect(jcsFill).toBe(pickSeriesStyle(1).color);
    expect(marks[3]?.querySelector('rect.nkf-range')).not.toBeNull();
    expect(marks[0]?.querySelector('rect')).toBeNull();
  });

  it('labels the dashed figure line "this page"', () => {
    const { container, rerender } = render(
      <Timeline series={SERIES} metric="casualties_total" figureValue={3000} locale="en" />,
    );
    const line = container.querySelector('line.nkf-figure-line');
    expect(line?.getAttribute('stroke-dasharray')).toBeTruthy();
    expect(container.querySelector('text.nkf-figure-label')?.textContent).toBe('this page');
    // The label is drawn after the markers, so no marker hides it.
    const order = [...container.querySelectorAll('g.nkf-mark, text.nkf-figure-label')].map(
      (el) => el.tagName,
    );
    expect(order[order.length - 1]).toBe('text');
    rerender(<Timeline series={SERIES} metric="casualties_total" figureValue={null} locale="en" />);
    expect(container.querySelector('.nkf-figure-line')).toBeNull();
    expect(container.querySelector('.nkf-figure-label')).toBeNull();
  });

  it('has a legend naming every estimator', () => {
    render(<Timeline series={SERIES} metric="casualties_total" figureValue={3000} locale="en" />);
    const legend = screen.getByRole('list', { name: 'Estimators' });
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent?.trim()),
    ).toEqual(['NIS', 'JCS', 'HUR', 'Pentagon']);
    const shapes = [...legend.querySelectorAll('svg')].map((s) => s.getAttribute('data-shape'));
    expect(new Set(shapes).size).toBe(4);
  });

  it('lists estimates it cannot plot', () => {
    const { container } = render(
      <Timeline series={SERIES} metric="casualties_total" figureValue={3000} locale="en" />,
    );
    const items = [...container.querySelectorAll('.nkf-unplotted li')].map((li) => li.textContent);
    expect(items).toEqual(['Pentagon, Dec 17, 2024: several hundred', 'HUR, Feb 2025: about 50%']);
  });

  it('offers every number, plotted or not, in a table', () => {
    render(<Timeline series={SERIES} metric="casualties_total" figureValue={3000} locale="en" />);
    const table = screen.getByRole('table', { name: 'All estimates: killed or wounded' });
    const rows = within(table)
      .getAllByRole('row')
      .slice(1)
      .map((r) => [...r.children].map((c) => c.textContent));
    expect(rows).toEqual([
      ['Dec 17, 2024', 'Pentagon', 'several hundred'],
      ['Dec 19, 2024', 'NIS', 'about 1,100'],
      ['Jan 13, 2025', 'NIS', 'more than 3,000'],
      ['Jan 13, 2025', 'JCS', 'about 4,000'],
      ['Feb 2025', 'HUR', 'about 50%'],
      ['Mar 2025', 'HUR', '4,000–5,000'],
      ['', 'this page', '3,000'],
    ]);
  });

  it('says so when there is nothing to plot', () => {
    const { container } = render(
      <Timeline
        series={[{ estimator: PENTAGON, claims: [PENTAGON_CAS_VAGUE] }]}
        metric="casualties_total"
        figureValue={3000}
        locale="en"
      />,
    );
    expect(container.querySelector('desc')?.textContent).toBe('No dated numeric estimates to plot.');
    expect(container.querySelectorAll('g.nkf-mark')).toHaveLength(0);
  });
});
