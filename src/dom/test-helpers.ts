import { parseHTML } from 'linkedom';
import type { Block } from './block';
import { resolveOffset } from './resolve-offset';

/** Parses an HTML body fragment into a layout-free document (as the CLI does). */
export function parseBody(html: string): Document {
  return parseHTML(`<!doctype html><html><head><title>t</title></head><body>${html}</body></html>`)
    .document as unknown as Document;
}

/**
 * Returns the characters of a block whose mapped node character disagrees with the block text: a collapsed
 * space must map to whitespace, every other character (except the synthetic "\n" and "\t") to itself. Empty when exact.
 */
export function findMapErrors(block: Block): string[] {
  const errors: string[] = [];
  for (let i = 0; i < block.text.length; i++) {
    const char = block.text[i];
    const at = resolveOffset(block, i, 'forward');
    const end = resolveOffset(block, i + 1, 'backward');
    if (at === null || end === null) {
      errors.push(`${i}: unresolved`);
      continue;
    }
    const isBreak = (char === '\n' || char === '\t') && !block.pieces.some((p) => p.start <= i && i < p.end);
    if (isBreak) continue;
    const source = at.node.data[at.offset];
    const ok = char === ' ' ? /[ \t\n\f\r]/.test(source ?? '') : source === char;
    if (!ok || end.node !== at.node || end.offset !== at.offset + 1) {
      errors.push(`${i}: ${JSON.stringify(char)} maps to ${JSON.stringify(source)}`);
    }
  }
  return errors;
}
