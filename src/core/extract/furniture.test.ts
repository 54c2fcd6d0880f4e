import { describe, expect, it } from 'vitest';
import { isFurniture } from './furniture.ts';

describe('isFurniture', () => {
  it.each<[string, boolean]>([
    ['(More to follow)', true],
    ['UPDATE 1 - adds details from briefing, background on earlier estimates and munitions', true],
    ['09:14 KST | 2 min read', true],
    ['Read also: Moscow–Pyongyang passenger trains resume', true],
    // headlines and subheadings may start a new story
    ['Why the numbers differ', false],
    ['Russian missile hits training ground', false],
    // sentences, single words, stand-ins and long lines are not
    ['North Korea sent about 11,000 troops.', false],
    ['Analysis', false],
    ['war', false],
    ['·', false],
    ['a'.repeat(60) + ' ' + 'b'.repeat(60), false],
    ['Two lines\nof text', false],
  ])('%j → %s', (text, want) => {
    expect(isFurniture(text)).toBe(want);
  });
});
