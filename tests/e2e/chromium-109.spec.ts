import { expect, test } from '@playwright/test';
import { READING_ROOM } from './helpers.ts';

// Run only by the chromium-109 project (playwright.config.ts): the tests tagged READING_ROOM ran
// in the reading room's browser, not in whatever /tmp/chromium held.
test('the reading room’s browser is Chromium 109', { tag: READING_ROOM }, ({ browser }) => {
  expect(browser.version()).toMatch(/^109\./);
});
