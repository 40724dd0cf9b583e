import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      { test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'] } },
      // Components rendered with test data need Astro's compiler, kept out of the other tests.
      './vitest.components.config.ts',
    ],
  },
});
