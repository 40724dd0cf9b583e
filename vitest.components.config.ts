import { getViteConfig } from 'astro/config';

// The first render compiles the components: on a busy machine that takes seconds (vitest.config.ts).
export default getViteConfig({
  test: { name: 'components', include: ['tests/components/**/*.test.ts'], testTimeout: 30_000 },
});
