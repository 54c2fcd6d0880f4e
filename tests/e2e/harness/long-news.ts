/**
 * A long news page generated for the e2e tests (no file in fixtures/): 220 stories of ten paragraphs, over 256 KB
 * of HTML, so the extension reads its text in chunks (readBodyChunks), one per story. Three stories are about
 * North Korean troops, far apart; one more names North Korea without a figure; the rest are filler with numbers
 * of their own. Deterministic: the same bytes every run.
 */

/** Figures a reader should see highlighted on the page, in document order. */
export const LONG_NEWS_FIGURES = ['at least 3,000', 'roughly 11,000', 'about 4,000', 'about 300', '2,700'];

const FILLER = [
  'The city council approved a budget of 412 million euros after a debate that lasted 9 hours.',
  'Shares in the carmaker rose 3.5% to 87.20 on Tuesday, the best day since March 2023.',
  'Rail workers will strike for 48 hours from Friday; about 1,200 trains are expected to be cancelled.',
  'The home side won 3-1 in front of 41,500 spectators, their 12th win in 15 matches.',
  'Rents in the capital climbed 7 per cent last year, to an average of 1,450 a month for two rooms.',
  'The festival sold 68,000 tickets over four days, organisers said, up from 59,000 a year earlier.',
  'Firefighters needed 6 hours to bring the blaze under control; 23 families were evacuated.',
  'The museum reopens on 14 June after a renovation that cost 31 million and took 4 years.',
];

const TOPIC: Record<number, string[]> = {
  3: [
    "North Korea has sent at least 3,000 additional soldiers to Russia since January, South Korea's Joint Chiefs of Staff said on Thursday.",
    'Of the roughly <b>11,000</b> North Korean troops deployed to the Kursk region last year, about 4,000 have been killed or wounded, the JCS added.',
  ],
  70: ["Diplomats in Seoul expect Pyongyang's ties with Moscow to dominate next week's talks."],
  205: [
    "South Korea's spy agency said in January that about 300 North Korean soldiers had been killed and 2,700 wounded.",
  ],
};

/** The page's HTML. */
export function longNewsPage(): string {
  let body =
    '<header><nav><a href="#">World</a> · <a href="#">Business</a> · <a href="#">Sport</a></nav></header>\n<main>\n';
  for (let s = 0; s < 220; s++) {
    body += `<article><h2>Story ${s + 1}: the day in brief</h2>\n`;
    const topic = TOPIC[s] ?? [];
    for (let p = 0; p < 10; p++) {
      const text = p < topic.length ? topic[p] : `${FILLER[(s + p) % FILLER.length]} (<a href="#">more</a>)`;
      body += `<p>${text}</p>\n`;
    }
    body += '</article>\n';
  }
  body += '</main>\n<footer><p>© Example News</p></footer>\n';
  return `<!doctype html>\n<html lang="en">\n<head><meta charset="utf-8" /><link rel="icon" href="data:," /><script src="record-mutations.js"></script><title>Long news page</title></head>\n<body>\n${body}</body>\n</html>\n`;
}
