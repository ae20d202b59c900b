import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/integration/**/*.test.ts'],
    // Integration tests read the whole mirror; give them room on a busy machine.
    testTimeout: 120_000,
    hookTimeout: 300_000,
    pool: 'forks',
  },
})
