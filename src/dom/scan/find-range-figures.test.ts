// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { findUnitFigures } from '../../core/extract/find-unit-figures';
import type { FoundFigure } from '../../core/messages';
import type { FindUnits } from './find-cache';
import { findRangeFigures } from './find-range-figures';

/** The background's reading, done here: the real extractor, every figure related as "unknown". */
const find: FindUnits = (units) =>
  Promise.resolve(
    units.map((unit) =>
      findUnitFigures(unit, 'en').map((hit): FoundFigure => ({ ...hit, relation: 'unknown' })),
    ),
  );

/** A range from the first occurrence of `from` to the end of the first occurrence of `to` in the body's text. */
function rangeOver(body: HTMLElement, from: string, to: string): Range {
  const walker = document.createTreeWalker(body, NodeFilter.SHOW_TEXT);
  const range = document.createRange();
  let started = false;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    if (!started && node.data.includes(from)) {
      range.setStart(node, node.data.indexOf(from));
      started = true;
    }
    if (started && node.data.includes(to)) {
      range.setEnd(node, node.data.indexOf(to) + to.length);
      return range;
    }
  }
  throw new Error(`no text from ${from} to ${to}`);
}

const PAGE =
  '<article><p>North Korea has sent about <b>11,000</b> troops to Russia, Seoul says.</p>' +
  '<p>Of those, some 3,000 were killed or wounded, according to Kyiv.</p>' +
  '<p>The weather was mild that week.</p></article>';

describe('findRangeFigures', () => {
  it.each([
    ['the figure alone, across markup', '11,0', '000', ['about 11,000']],
    ['a sentence with a figure carried from the paragraph before', 'Of those', 'Kyiv', ['some 3,000']],
    ['both paragraphs', 'sent', 'wounded', ['about 11,000', 'some 3,000']],
    ['text without a figure', 'The weather', 'week', []],
  ])('%s', async (_name, from, to, expected) => {
    const body = document.body;
    // Test-only: builds the fixture from a literal.
    body.replaceChildren(document.createRange().createContextualFragment(PAGE));
    const figures = await findRangeFigures(rangeOver(body, from, to), find);
    expect(figures.map((f) => f.figure.text)).toEqual(expected);
  });
});

describe('findRangeFigures on a page about North Korea (topic)', () => {
  const soldiers = (name: string) =>
    `<p>${name}: the soldiers moved west again on Tuesday, and the column ran late into the evening, officials said.</p>`;
  const LONG_READ =
    '<article><p>North Korea sent troops to Russia in 2024.</p>' +
    '<p>Pyongyang denied it for months, and North Korea admitted it only in April.</p>' +
    ['a', 'b', 'c', 'd'].map(soldiers).join('') +
    '<p>The spy agency now puts the toll at about 6,000 killed or wounded.</p></article>';

  it.each([
    [true, ['about 6,000']],
    [false, []],
  ])('reads a selection deep in a long read as the page scan does (%s)', async (topic, expected) => {
    const body = document.body;
    // Test-only: builds the fixture from a literal.
    body.replaceChildren(document.createRange().createContextualFragment(LONG_READ));
    const figures = await findRangeFigures(rangeOver(body, 'The spy agency', 'wounded'), find, topic);
    expect(figures.map((f) => f.figure.text)).toEqual(expected);
  });
});
