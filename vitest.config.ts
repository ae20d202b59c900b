/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config'

// Astro's Vite config, so that component tests can render .astro files with the container API.
export default getViteConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/components/**/*.test.ts', 'tests/golden/**/*.test.ts'],
    // Integration tests read the whole mirror; give them room on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
    globalSetup: ['tests/helpers/temp-root.ts'],
  },
})
