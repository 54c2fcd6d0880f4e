const META_SELECTORS = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="pubdate"]',
  'meta[name="publish-date"]',
  'meta[name="date"]',
  'meta[name="dc.date"]',
  'meta[name="DC.date.issued"]',
  'meta[property="og:published_time"]',
];

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})/;

function toDay(value: string | null | undefined): string | null {
  const match = value?.trim().match(ISO_DAY);
  if (!match) return null;
  const [, y, m, d] = match;
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${m}-${d}`;
}

function readJsonLdDate(doc: Document): string | null {
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    const text = script.textContent ?? '';
    if (text.length > 200_000) continue;
    const match = text.match(/"datePublished"\s*:\s*"([^"]{8,40})"/);
    const day = toDay(match?.[1]);
    if (day) return day;
  }
  return null;
}

/**
 * The page's publication date, from article metadata, JSON-LD or the first `<time datetime>` in an article.
 * Only reads the document; never trusts a value that is not an ISO date.
 * @returns `YYYY-MM-DD`, or null when the page states no date.
 */
export function readPageDate(doc: Document): string | null {
  for (const selector of META_SELECTORS) {
    const day = toDay(doc.querySelector(selector)?.getAttribute('content'));
    if (day) return day;
  }
  const fromJsonLd = readJsonLdDate(doc);
  if (fromJsonLd) return fromJsonLd;
  const time = doc.querySelector('article time[datetime], time[pubdate][datetime], header time[datetime]');
  return toDay(time?.getAttribute('datetime'));
}
