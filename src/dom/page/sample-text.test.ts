import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { sampleText } from './sample-text';

describe('sampleText', () => {
  it('reads text in order, skips scripts and styles, stops at the limit', () => {
    const { document } = parseHTML(
      '<html><body><p>Північна Корея</p><script>var x = 1</script><style>p{}</style><p>надіслала війська</p></body></html>',
    );
    expect(sampleText(document.body as unknown as Node)).toBe('Північна Кореянадіслала війська');
    expect(sampleText(document.body as unknown as Node, 5)).toBe('Півні');
  });

  it('returns an empty string for an empty body', () => {
    const { document } = parseHTML('<html><body></body></html>');
    expect(sampleText(document.body as unknown as Node)).toBe('');
  });
});
