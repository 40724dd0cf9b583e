// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { clientScripts } from './src/integrations/client-scripts.ts';
import { searchIndex } from './src/integrations/search-index.ts';
import { BUILD_TARGETS as browsers } from './src/lib/browsers.ts';

export default defineConfig({
  // Fixture and benchmark builds (TU_SACH_CONTENT) keep their own content cache.
  cacheDir: process.env.TU_SACH_CACHE ?? './node_modules/.astro',
  // Pages are files (van-ban/x.html), so relative links work from file:// as well as http.
  build: { format: 'file', inlineStylesheets: 'always' },
  trailingSlash: 'never',
  devToolbar: { enabled: false },
  integrations: [
    mdx(),
    clientScripts({
      entries: {
        site: 'src/client/site.ts',
        handout: 'src/client/handout/main.ts',
        edition: 'src/client/edition.ts',
        quiz: 'src/client/quiz.ts',
        talk: 'src/client/talk/main.ts',
      },
      target: browsers,
    }),
    searchIndex({ entry: 'src/client/search/main.ts', target: browsers }),
  ],
  vite: { build: { target: browsers, cssTarget: browsers, assetsInlineLimit: 0 } },
});
