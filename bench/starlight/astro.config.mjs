// The peer in the benchmark: a minimal Starlight site with the same laws, generated into
// PEER_SRC by scripts/bench/starlight-peer.ts. Built and searched the way Starlight ships.
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  srcDir: process.env.PEER_SRC,
  outDir: process.env.PEER_OUT,
  cacheDir: process.env.PEER_CACHE,
  devToolbar: { enabled: false },
  integrations: [
    starlight({
      title: 'Tủ sách pháp luật biên giới (Starlight)',
      defaultLocale: 'root',
      locales: { root: { label: 'Tiếng Việt', lang: 'vi' } },
    }),
  ],
});
