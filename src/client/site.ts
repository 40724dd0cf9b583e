/**
 * Enhancements for every page; reading never needs them. Loaded as a classic script (see
 * src/integrations/client-scripts.ts) so it also runs from file://.
 */
import { initCopyCitation } from './copy-citation.ts';
import { highlightSearchWords } from './search/highlight.ts';
import { initPrintDetails } from './print-details.ts';
import { initTextSize } from './text-size.ts';

function ready(fn: () => void): void {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', fn);
  else fn();
}

ready(() => {
  initTextSize(document);
  initPrintDetails(window);
  initCopyCitation(document);
  highlightSearchWords(document);
});
