/**
 * A synthetic news page for measuring the DOM text adapter: navigation, ~1.1 MB of article paragraphs with
 * inline markup (`<b>`, `<a>`, `<em>`) and source indentation, hidden promos, a script. 4,000 paragraphs give
 * ~32,000 Text nodes and ~16,000 elements.
 */

/**
 * Returns the page's HTML. `numberEvery` = 1 puts figures in every paragraph (worst case); 30 in one paragraph
 * of 30 (closer to a real article page).
 */
export function makeNewsPage(paragraphs: number, numberEvery = 1): string {
  const parts = [
    '<!doctype html><html lang="en"><head><style>.promo{display:none}</style>',
    '<script>var x = "11,000 troops";</script></head><body><header><nav><ul>',
  ];
  for (let i = 0; i < 30; i++) parts.push(`\n      <li><a href="/s${i}">Section ${i}</a></li>`);
  parts.push('\n    </ul></nav></header>\n<main><article>');
  for (let i = 0; i < paragraphs; i++) {
    const withNumber = i % numberEvery === 0;
    const count = withNumber ? `${i},000` : 'thousands of';
    const losses = withNumber ? `at least ${i}` : 'many';
    parts.push(
      `\n      <p>\n        South Korea's spy agency said on Tuesday that about <b>${count}</b> <a href="/nk">North Korean</a>` +
        ` soldiers had been sent to Russia's Kursk region, where <em>lawmakers</em> said ${losses} of them were` +
        ` killed or wounded in heavy fighting near the border.\n      </p>`,
    );
    if (i % 50 === 0) {
      parts.push(
        `\n      <div class="promo"><p>Subscribe now for ${i} dollars</p></div><div hidden>Hidden ${i}</div>`,
      );
    }
  }
  parts.push('\n</article></main><footer><p>Footer</p></footer></body></html>');
  return parts.join('');
}
