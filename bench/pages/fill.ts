import { CITIES, DAYS, TEAMS, type PageLang } from './sentences.ts';

/** A small deterministic PRNG (mulberry32): the same seed always gives the same page. */
export function createRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Picks one element of a non-empty array. */
export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

function groupThousands(n: number, lang: PageLang): string {
  const sep = lang === 'uk' ? '\u00a0' : ',';
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, sep);
}

/**
 * Fills a template's placeholders: `{a}`/`{b}` digits 2–9, `{n}` a grouped number up to 99,999, and names.
 * @returns the HTML fragment (templates carry their own inline markup).
 */
export function fill(template: string, random: () => number, lang: PageLang): string {
  return template.replace(/\{(a|b|n|team|city|day)\}/g, (_, key: string) => {
    switch (key) {
      case 'a':
      case 'b':
        return String(2 + Math.floor(random() * 8));
      case 'n':
        return groupThousands(1000 + Math.floor(random() * 99_000), lang);
      case 'team':
        return pick(random, TEAMS);
      case 'city':
        return pick(random, CITIES);
      default:
        return pick(random, DAYS);
    }
  });
}
