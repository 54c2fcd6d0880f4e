// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Relation } from '../../core/match/types';
import { installMessages } from '../format/test-messages';
import { PALETTES, RELATION_SHAPES } from './palette';
import { RelationBadge } from './RelationBadge';

beforeEach(() => installMessages('en'));
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

const CASES: [Relation, string][] = [
  ['same', 'Same estimate'],
  ['metric_mismatch', 'Counts something else'],
  ['differs', 'Differs from all estimates'],
  ['unknown', 'No known estimate'],
];

describe('RelationBadge', () => {
  it.each(CASES)('labels %s in words', (relation, label) => {
    const { container } = render(<RelationBadge relation={relation} />);
    expect(screen.getByText(label)).toBeTruthy();
    const icon = container.querySelector('svg');
    expect(icon?.getAttribute('aria-hidden')).toBe('true');
    expect(icon?.getAttribute('data-shape')).toBe(RELATION_SHAPES[relation]);
  });

  it('gives every relation its own shape and border style', () => {
    const seen = CASES.map(([relation]) => {
      const { container } = render(<RelationBadge relation={relation} />);
      const badge = container.querySelector<HTMLElement>('.nkf-badge');
      return `${container.querySelector('svg')?.getAttribute('data-shape')}/${badge?.style.borderStyle}`;
    });
    expect(new Set(seen.map((s) => s.split('/')[0])).size).toBe(4);
    expect(new Set(seen.map((s) => s.split('/')[1])).size).toBe(4);
  });

  it('uses the highlight colour of the chosen palette', () => {
    const { container } = render(<RelationBadge relation="differs" palette="ibm" />);
    const fill = container.querySelector('path')?.getAttribute('fill') ?? '';
    expect(fill.toLowerCase()).toBe(PALETTES.ibm.differs.toLowerCase());
  });
});
