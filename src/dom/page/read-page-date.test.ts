import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { readPageDate } from './read-page-date';

function doc(head: string, body = ''): Document {
  return parseHTML(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`)
    .document as unknown as Document;
}

describe('readPageDate', () => {
  it.each([
    ['<meta property="article:published_time" content="2025-01-13T08:00:00+09:00">', '', '2025-01-13'],
    ['<meta itemprop="datePublished" content="2024-12-23">', '', '2024-12-23'],
    [
      '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"2025-03-27T10:00:00Z"}</script>',
      '',
      '2025-03-27',
    ],
    ['', '<article><time datetime="2025-04-30">April 30</time></article>', '2025-04-30'],
    ['<meta property="article:published_time" content="yesterday">', '', null],
    ['<meta property="article:published_time" content="2025-13-40">', '', null],
    ['', '<p>No date here</p>', null],
    // Order of trust: the listed meta tags in their order, then JSON-LD, then an article's <time>.
    [
      '<meta name="date" content="2025-02-02"><meta property="article:published_time" content="2025-01-01">',
      '<article><time datetime="2025-03-03">x</time></article>',
      '2025-01-01',
    ],
    [
      '<script type="application/ld+json">{"datePublished":"2025-05-05"}</script>',
      '<article><time datetime="2025-03-03">x</time></article>',
      '2025-05-05',
    ],
    [
      '<script type="application/ld+json">{"headline":"no date"}</script>',
      '<header><time datetime="2025-06-06">x</time></header><article><time datetime="2025-03-03">y</time></article>',
      '2025-06-06',
    ],
  ])('%s %s -> %s', (head, body, expected) => {
    expect(readPageDate(doc(head, body))).toBe(expected);
  });
});
