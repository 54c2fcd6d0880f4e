// @vitest-environment happy-dom
import { beforeEach, describe, expect, it } from 'vitest';
import { findBlockRoot, findBlockRoots } from './find-block-root';

function el(tag: string, attrs: Record<string, string>, ...children: (Node | string)[]): Element {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

beforeEach(() => {
  document.body.replaceChildren(
    el(
      'article',
      { id: 'art' },
      el('p', { id: 'p1' }, 'about ', el('b', { id: 'b1' }, '11,000'), ' troops'),
      el('div', { id: 'div' }, el('span', { id: 's1' }, 'inline in div')),
      el('div', { contenteditable: 'true' }, el('p', { id: 'edit' }, 'typed')),
      el('div', { hidden: '' }, el('p', { id: 'hid' }, 'hidden')),
      el('textarea', { id: 'ta' }, 'text'),
    ),
  );
});

const byId = (id: string): Element => document.getElementById(id) as Element;

describe('findBlockRoot', () => {
  it.each([
    ['text inside <b>', () => byId('b1').firstChild as Node, 'p1'],
    ['inline element', () => byId('b1'), 'p1'],
    ['block element itself', () => byId('p1'), 'p1'],
    ['span in div', () => byId('s1'), 'div'],
  ])('maps %s to its block', (_name, pick, expected) => {
    expect(findBlockRoot(pick())?.id).toBe(expected);
  });

  it.each([
    ['inside contenteditable', () => byId('edit')],
    ['inside hidden', () => byId('hid')],
    ['textarea text', () => byId('ta').firstChild as Node],
    ['detached', () => document.createElement('p')],
  ])('returns null %s', (_name, pick) => {
    expect(findBlockRoot(pick())).toBeNull();
  });
});

describe('findBlockRoots', () => {
  it('dedupes, drops nested roots and sorts in document order', () => {
    const roots = findBlockRoots([byId('s1'), byId('b1'), byId('b1').firstChild as Node, byId('edit')]);
    expect(roots.map((r) => r.id)).toEqual(['p1', 'div']);
    expect(findBlockRoots([byId('p1'), byId('art'), byId('s1')]).map((r) => r.id)).toEqual(['art']);
  });

  it('returns an empty array when nothing qualifies', () => {
    expect(findBlockRoots([byId('hid')])).toEqual([]);
  });
});
