import chromium109 from '@sparticuz/chromium';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './scripts/lib/chromium.ts';
import { READING_ROOM } from './tests/e2e/helpers.ts';

/** Port of the test server; set PORT to run two checkouts' tests side by side. */
const port = Number(process.env.PORT ?? 4321);

/**
 * The reading room's browser: Chromium 109, the last on Windows 7 (docs/offline-edition.md). The npm
 * package ships it compressed and unpacks it into /tmp on the first call.
 */
const readingRoomBrowser = await chromium109.executablePath();

export default defineConfig({
  testDir: 'tests/e2e',
  timeout: 60_000,
  workers: 2,
  forbidOnly: !!process.env.CI,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: 'chromium-109.spec.ts',
      use: {
        launchOptions: {
          // Debian's Chromium: Playwright cannot download its own browser on these machines.
          executablePath: CHROMIUM_PATH,
          args: CHROMIUM_ARGS,
        },
      },
    },
    {
      name: 'chromium-109',
      // Only what a reading-room PC does: the tests tagged READING_ROOM, all from file://.
      grep: new RegExp(READING_ROOM),
      // --no-zygote as the package's own flags have it (its build is made for AWS Lambda).
      use: {
        launchOptions: {
          executablePath: readingRoomBrowser,
          args: [...CHROMIUM_ARGS, '--no-zygote'],
        },
      },
    },
  ],
  webServer: {
    command: `node scripts/serve.ts dist --port ${port}`,
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
  },
});
