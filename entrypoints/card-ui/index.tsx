import { render } from 'preact';
import cardCss from '@/src/ui/card/card.css?inline';
import { CardLayer } from '@/src/ui/layer/CardLayer';
import { readIsolatedGlobals } from '../content/shared-globals';
import { checkSelection } from './check-selection';

// Injected by the background (scripting.executeScript) the first time a scanned frame shows a card or a
// notice, or checks a selection: Preact, the card, its styles and the on-demand check are code most pages with
// figures never run, so the scanner does not carry them. It only registers them in the content scripts'
// isolated world.
export default defineUnlistedScript(() => {
  readIsolatedGlobals().__nkfCardUi ??= {
    css: cardCss,
    render(root, props) {
      render(props ? <CardLayer {...props} /> : null, root);
    },
    checkSelection,
  };
});
