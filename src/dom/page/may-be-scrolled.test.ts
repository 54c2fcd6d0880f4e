import { describe, expect, it } from 'vitest';
import { JUST_LOADED_MS, mayBeScrolledAfterLoad } from './may-be-scrolled';

/** A window whose navigation type, hash and scroll position are given; counts reads of scrollY. */
function fakeWindow(type: string | null, hash: string, scrollY: number, age = 400) {
  const reads = { scrollY: 0 };
  const win = {
    performance: { getEntriesByType: () => (type === null ? [] : [{ type }]), now: () => age },
    location: { hash },
    get scrollY() {
      reads.scrollY++;
      return scrollY;
    },
  } as unknown as Window;
  return { win, reads };
}

describe('mayBeScrolledAfterLoad', () => {
  it.each([
    // type, hash, scrollY, expected, scrollY read?, ms since navigation
    ['navigate', '', 500, false, false],
    ['prerender', '', 500, false, false],
    ['navigate', '', 500, true, true, JUST_LOADED_MS + 1],
    ['navigate', '', 0, false, true, JUST_LOADED_MS + 1],
    ['navigate', '#section-2', 800, true, true],
    ['navigate', '#top', 0, false, true],
    ['reload', '', 1200, true, true],
    ['reload', '', 0, false, true],
    ['back_forward', '', 300, true, true],
    [null, '', 40, true, true],
  ] as const)('%s, hash "%s", scrollY %d: %s', (type, hash, scrollY, expected, asked, age?: number) => {
    const { win, reads } = fakeWindow(type, hash, scrollY, age);
    expect(mayBeScrolledAfterLoad(win)).toBe(expected);
    expect(reads.scrollY > 0).toBe(asked);
  });
});
