/**
 * Layout-based visibility for live documents: `Element.checkVisibility()` where the browser has it.
 * Called at most once per element the walk enters (never per Text node), so hidden subtrees are pruned whole;
 * collectBlocks asks only about elements CSS is likely to hide.
 */

/** Decides whether an element's subtree is rendered. */
export type VisibilityCheck = (el: Element) => boolean;

interface CheckVisibilityElement extends Element {
  checkVisibility(options?: { visibilityProperty?: boolean }): boolean;
}

function canCheckVisibility(el: Element): el is CheckVisibilityElement {
  return typeof (el as Partial<CheckVisibilityElement>).checkVisibility === 'function';
}

/**
 * Returns a check that uses `checkVisibility({ visibilityProperty: true })`, or null when the node's
 * document has no layout to ask (parsed documents, detached nodes, engines without checkVisibility).
 * An element with `display: contents` has no box and fails checkVisibility although its children show,
 * so only on a failed check is its computed display read.
 */
export function createVisibilityCheck(node: Node): VisibilityCheck | null {
  const doc = node.nodeType === 9 ? (node as Document) : node.ownerDocument;
  const view = doc?.defaultView;
  const probe = doc?.documentElement;
  if (!doc || !view || !probe || !node.isConnected || !canCheckVisibility(probe)) return null;
  if (typeof view.getComputedStyle !== 'function') return null;
  return (el) => {
    if (!canCheckVisibility(el) || el.checkVisibility({ visibilityProperty: true })) return true;
    return view.getComputedStyle(el).display === 'contents';
  };
}
