import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Many tests start a CLI or a build in a child process; on a busy shared machine starting Node
    // alone can take seconds. The tests assert behaviour, never time, so the wait is generous.
    testTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts', 'tests/build/**/*.test.ts'] },
      },
      // Components rendered with test data need Astro's compiler, kept out of the other tests.
      './vitest.components.config.ts',
    ],
  },
});
