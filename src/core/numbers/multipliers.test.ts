import { describe, expect, it } from 'vitest';
import { MULTIPLIERS, MULTIPLIER_SOURCE, toTrieSource } from './multipliers.ts';

describe('toTrieSource', () => {
  const whole = (source: string) => new RegExp(`^(?:${source})(?![A-Za-zÀ-ɏЀ-ӿ])`);

  it.each<[string[], string, string | null]>([
    [['тисяч', 'тисяча', 'тисячами'], 'тисячами', 'тисячами'],
    [['тисяч', 'тисяча', 'тисячами'], 'тисяча', 'тисяча'],
    [['тисяч', 'тисяча', 'тисячами'], 'тисячам', null],
    [['mio.', 'mio', 'million'], 'mio.', 'mio.'],
    [['mio.', 'mio', 'million'], 'mio ', 'mio'],
    [['k', 'bn'], 'kg', null],
    [['a.b'], 'axb', null],
  ])('%j matches %s as %s', (words, input, want) => {
    expect(whole(toTrieSource(words)).exec(input)?.[0] ?? null).toBe(want);
  });

  it('matches every multiplier form whole, as the plain alternation did', () => {
    const re = whole(MULTIPLIER_SOURCE);
    // ("m" is million only where the scanner's own pattern says so: "2.8m shells"; "к" only joined to its digits)
    for (const form of Object.keys(MULTIPLIERS).filter((k) => k !== 'dozen' && k !== 'm' && k !== 'к')) {
      expect(re.exec(form)?.[0]).toBe(form);
      expect(re.exec(`${form}x`)?.[0] ?? null).not.toBe(`${form}x`);
    }
  });
});

describe('MULTIPLIER_SOURCE', () => {
  it('leaves out "m" (metres as often as million)', () => {
    expect(new RegExp(`^(?:${MULTIPLIER_SOURCE})$`).test('m')).toBe(false);
    expect(MULTIPLIERS.m).toBe(1e6);
  });

  it('leaves out a Cyrillic "к" (after a space, a preposition: "3 к 1")', () => {
    expect(new RegExp(`^(?:${MULTIPLIER_SOURCE})$`).test('к')).toBe(false);
    expect(MULTIPLIERS['к']).toBe(1e3);
  });
});
