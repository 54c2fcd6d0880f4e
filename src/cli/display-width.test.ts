import { describe, expect, it } from 'vitest';
import { displayWidth, padToWidth } from './display-width';

describe('displayWidth / padToWidth', () => {
  it.each([
    ['', 0],
    ['11,000', 6],
    ['близько 11 тисяч', 16],
    ['1만1천 명', 9],
    ['１', 2],
  ])('%j is %i columns', (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it.each([
    ['ab', 4, 'ab  '],
    ['만', 4, '만  '],
    ['abcdef', 4, 'abcdef'],
  ])('pads %j to %i', (text, width, expected) => {
    expect(padToWidth(text, width)).toBe(expected);
  });
});
