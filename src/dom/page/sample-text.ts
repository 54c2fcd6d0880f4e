/**
 * The first `max` characters of the text under `root`, read node by node (cheaper than `textContent` of a
 * whole large page), for guessing the page's language.
 * @returns the sample; '' when there is no text.
 */
export function sampleText(root: Node, max = 20_000): string {
  const doc = root.ownerDocument ?? (root as Document);
  const walker = doc.createTreeWalker(root, 4);
  let text = '';
  for (let node = walker.nextNode(); node && text.length < max; node = walker.nextNode()) {
    const parent = node.parentElement?.localName;
    if (parent === 'script' || parent === 'style' || parent === 'noscript') continue;
    text += (node as Text).data;
  }
  return text.slice(0, max);
}
