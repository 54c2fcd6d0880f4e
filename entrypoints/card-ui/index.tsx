import { render } from 'preact';
import cardCss from '@/src/ui/card/card.css?inline';
import { CardLayer } from '@/src/ui/layer/CardLayer';
import { readIsolatedGlobals } from '../content/shared-globals';

// Injected by the background (scripting.executeScript) the first time a scanned frame shows a card or a
// notice: Preact, the card and its styles are code most pages with figures never run, so the scanner does
// not carry them. It only registers the renderer in the content scripts' isolated world.
export default defineUnlistedScript(() => {
  readIsolatedGlobals().__nkfCardUi ??= {
    css: cardCss,
    render(root, props) {
      render(props ? <CardLayer {...props} /> : null, root);
    },
  };
});
