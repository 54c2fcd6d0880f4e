// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { collectBlocks, collectBlocksSliced } from './collect-blocks';

function buildPage(paragraphs: number): void {
  const article = document.createElement('article');
  for (let i = 0; i < paragraphs; i++) {
    const p = document.createElement('p');
    const b = document.createElement('b');
    b.textContent = `${1000 + i}`;
    p.append(`Report ${i}: about `, b, ' North Korean soldiers.');
    article.append(p);
  }
  document.body.replaceChildren(article);
}

describe('collectBlocksSliced', () => {
  it('finds the same blocks as collectBlocks, pausing between slices', async () => {
    buildPage(3000);
    let pauses = 0;
    const sliced = await collectBlocksSliced(
      document.body,
      async () => {
        pauses++;
      },
      { budgetMs: 0, visibility: 'structural' },
    );
    const whole = collectBlocks(document.body, { visibility: 'structural' });
    expect(sliced.map((b) => b.text)).toEqual(whole.map((b) => b.text));
    expect(sliced).toHaveLength(3000);
    expect(pauses).toBeGreaterThan(10);
  });

  it('stops when aborted', async () => {
    buildPage(2000);
    const controller = new AbortController();
    const blocks = await collectBlocksSliced(document.body, async () => controller.abort(), {
      budgetMs: 0,
      signal: controller.signal,
      visibility: 'structural',
    });
    expect(blocks).toEqual([]);
  });
});
