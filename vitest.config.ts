/// <reference types="vitest/config" />
import { availableParallelism } from 'node:os'
import { getViteConfig } from 'astro/config'

// Astro's Vite config, so that component tests can render .astro files with the container API.
// Two projects: `unit` (tests/unit, and tests/golden on the site-data fixture) needs nothing but
// this checkout; `integration` reads the real
// published files from the mirror (EES_MIRROR, default ../shared/ees) or runs the pipeline on them,
// as tests/components does for now. `npm run test:unit` and `npm run test:integration` run one each.
export default getViteConfig({
  test: {
    pool: 'forks',
    // Every core: Vitest's default leaves one to its main process, which waits; on 2 cores that
    // ran the test files one at a time.
    maxWorkers: availableParallelism(),
    globalSetup: ['tests/helpers/temp-root.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts', 'tests/golden/**/*.test.ts'],
          // The Change Programme's simulations (100 panels, 499 redraws each) take seconds; on a busy
          // machine more than Vitest's default 5 s.
          testTimeout: 60_000,
        },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts', 'tests/components/**/*.test.ts'],
          // They read the whole mirror; give them room on a busy machine.
          testTimeout: 120_000,
          // One module graph per worker, so that the files share one read of the mirror
          // (helpers/real-data.ts) instead of reading it again for each file.
          isolate: false,
          hookTimeout: 300_000,
        },
      },
    ],
  },
})
