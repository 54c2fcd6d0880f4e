// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks } from './collect-blocks';

/** Replaces the document's stylesheet and body; children are built with DOM calls. */
function setPage(css: string, ...children: Node[]): void {
  document.head.replaceChildren();
  const style = document.createElement('style');
  style.textContent = css;
  document.head.append(style);
  document.body.replaceChildren(...children);
}

function el(tag: string, className: string, ...children: (Node | string)[]): Element {
  const element = document.createElement(tag);
  if (className !== '') element.className = className;
  element.append(...children);
  return element;
}

const texts = (opts?: Parameters<typeof collectBlocks>[1]): string[] =>
  collectBlocks(document, opts).map((b) => b.text);

describe('collectBlocks with layout (happy-dom checkVisibility)', () => {
  it.each([
    ['a block hidden by class', '.gone { display: none }', () => el('p', 'gone', '11,000 troops')],
    ['a block hidden by visibility', '.gone { visibility: hidden }', () => el('p', 'gone', '11,000 troops')],
    ['an inline element with a class', '.gone { display: none }', () => el('span', 'gone', '11,000 troops')],
    [
      'a bare block hidden by a descendant rule',
      '.teaser p { display: none }',
      () => el('div', 'teaser', el('p', '', '11,000')),
    ],
  ])('skips %s', (_name, css, make) => {
    setPage(css, el('p', '', 'shown'), make());
    expect(texts()).toEqual(['shown']);
    expect(texts({ visibility: 'structural' })).toContain('shown');
    expect(texts({ visibility: 'structural' })).toHaveLength(2);
  });

  it('reads a bare inline element hidden only by a tag rule (not asked, by design)', () => {
    setPage('b { display: none }', el('p', '', 'about ', el('b', '', '11,000'), ' troops'));
    expect(texts()).toEqual(['about 11,000 troops']);
  });

  it('keeps the children of a display: contents element', () => {
    setPage('.wrap { display: contents }', el('div', 'wrap', el('p', '', '11,000 troops')));
    expect(texts()).toEqual(['11,000 troops']);
  });

  it('reads an open shadow root passed as the root', () => {
    const host = el('div', '');
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.append(el('p', '', 'about ', el('b', '', '11,000'), ' troops'), el('p', '', 'second'));
    setPage('', host);
    expect(collectBlocks(shadow).map((b) => b.text)).toEqual(['about 11,000 troops', 'second']);
  });

  it('reads a detached subtree structurally', () => {
    expect(collectBlocks(el('p', '', '11,000 troops')).map((b) => b.text)).toEqual(['11,000 troops']);
  });
});
