// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { PageFigureInfo } from '../../core/messages';
import type { Claim } from '../../core/types';
import { FIGURE, makeResult } from '../components/test-fixtures';
import { installMessages } from '../format/test-messages';
import { PageFigures } from './PageFigures';

beforeEach(() => installMessages('en'));
afterEach(cleanup);

const FIGURES: PageFigureInfo[] = [
  { id: 1, figure: FIGURE, sentence: 'Seoul said some 3,000 were killed or wounded.', result: makeResult() },
  {
    id: 2,
    figure: { ...FIGURE, text: 'about 11,000', value: 11000, metric: 'deployed_total' },
    sentence: 'About 11,000 troops were sent.',
    result: null,
  },
];
const notMine = (_: Claim) => false;

describe('PageFigures', () => {
  it('groups figures under a heading per metric, each with its relation badge', () => {
    render(
      <PageFigures
        figures={FIGURES}
        index={null}
        locale="en"
        palette="okabe"
        isUserClaim={notMine}
        onReveal={() => undefined}
      />,
    );
    expect(screen.getAllByRole('heading').map((h) => h.textContent)).toEqual([
      'troops deployed (1)',
      'killed or wounded (1)',
    ]);
    expect(screen.getAllByText('Same estimate')).toHaveLength(1);
  });

  it('reveals a figure on the page, and expands it to the estimates table and the timeline', () => {
    const onReveal = vi.fn();
    const { container } = render(
      <PageFigures
        figures={FIGURES}
        index={null}
        locale="en"
        palette="okabe"
        isUserClaim={notMine}
        onReveal={onReveal}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Show “some 3,000” on the page' }));
    expect(onReveal).toHaveBeenCalledWith(1);
    const [, casualties] = screen.getAllByRole('button', { name: 'Show estimates' });
    fireEvent.click(casualties!);
    expect(casualties!.getAttribute('aria-expanded')).toBe('true');
    const details = container.querySelector(`#${casualties!.getAttribute('aria-controls')}`)!;
    expect(details.querySelector('table caption')?.textContent).toBe('Other estimates');
    expect(details.textContent).toContain('JCS');
    expect(details.querySelector('svg[role=img] title')?.textContent).toMatch(/killed or wounded/);
    expect(details.querySelector('details table')).toBeTruthy();
  });

  it('says a figure is still being compared while its result is pending', () => {
    render(
      <PageFigures
        figures={FIGURES}
        index={null}
        locale="en"
        palette="okabe"
        isUserClaim={notMine}
        onReveal={() => undefined}
      />,
    );
    fireEvent.click(screen.getAllByRole('button', { name: 'Show estimates' })[0]!);
    expect(screen.getByText(/Still comparing/)).toBeTruthy();
  });
});
