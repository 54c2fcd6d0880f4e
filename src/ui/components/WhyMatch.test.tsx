// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { installMessages } from '../format/test-messages';
import { NIS_CAS_DEC, WHY } from './test-fixtures';
import { WhyMatch } from './WhyMatch';

beforeEach(() => installMessages('en'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const nameOf = (id: string) => ({ nis: 'NIS', hur: 'HUR', jcs: 'JCS' })[id] ?? id;

function lines(container: Element): string[] {
  return [...container.querySelectorAll('li')].map((li) => li.textContent ?? '');
}

describe('WhyMatch', () => {
  it('is a collapsed disclosure with a summary the keyboard can reach', () => {
    const { container } = render(<WhyMatch why={WHY} match={NIS_CAS_DEC} nameOf={nameOf} locale="en" />);
    const details = container.querySelector('details');
    expect(details?.open).toBe(false);
    expect(screen.getByText('Why this match?').tagName).toBe('SUMMARY');
  });

  it('explains a strong match in plain words', () => {
    const { container } = render(<WhyMatch why={WHY} match={NIS_CAS_DEC} nameOf={nameOf} locale="en" open />);
    expect(lines(container)).toEqual([
      'The text names NIS near the figure.',
      'The numbers agree, allowing for hedges such as “about” and for ranges.',
      'Both count the same thing: killed or wounded.',
      'The estimate was made shortly before the page.',
      'Many words around the figure also appear in the description of this estimate.',
    ]);
    expect(container.textContent).toContain('Match score: 0.91');
  });

  it('says what points against the match', () => {
    const why = {
      ...WHY,
      cuedEstimators: ['hur', 'jcs'],
      number: 0.2,
      metric: 0.4,
      textMetric: 'killed' as const,
      textWord: 'died',
      date: -0.5,
      text: 0,
    };
    const { container } = render(<WhyMatch why={why} match={NIS_CAS_DEC} nameOf={nameOf} locale="en" open />);
    expect(lines(container)).toEqual([
      'The text names HUR and JCS near the figure, not the author of this estimate.',
      'The numbers are far apart.',
      'The text says “died”; the estimate counts killed or wounded.',
      'The estimate is dated after the page, so the page cannot be citing it.',
      'No other words around the figure point to this estimate.',
    ]);
    expect([...container.querySelectorAll('li')].map((li) => li.getAttribute('data-strength'))).toEqual([
      'against',
      'against',
      'against',
      'against',
      'weak',
    ]);
  });

  it('falls back to the metric name without a text word, and to a message without a match', () => {
    const { container, rerender } = render(
      <WhyMatch
        why={{ ...WHY, metric: 0.5, textMetric: 'killed', textWord: null }}
        match={NIS_CAS_DEC}
        open
        locale="en"
      />,
    );
    expect(lines(container)[2]).toBe('The text counts killed; the estimate counts killed or wounded.');
    rerender(<WhyMatch why={null} match={null} open locale="en" />);
    expect(container.querySelectorAll('li')).toHaveLength(0);
    expect(container.textContent).toContain('No estimate matched closely enough to compare.');
  });

  it('opens on click', () => {
    const { container } = render(<WhyMatch why={WHY} match={NIS_CAS_DEC} locale="en" />);
    fireEvent.click(screen.getByText('Why this match?'));
    expect(container.querySelector('details')?.open).toBe(true);
  });
});
