// ./dashboard test: every test, in order of cost. Unit and integration tests (Vitest), then the
// type check of pages and scripts (astro check). Stops at the first failing stage.
import { spawnSync } from 'node:child_process'

const stages: Array<{ name: string; args: string[] }> = [
  { name: 'unit and integration tests', args: ['node_modules/vitest/vitest.mjs', 'run'] },
  { name: 'type check', args: ['node_modules/astro/bin/astro.mjs', 'check'] },
]

for (const stage of stages) {
  process.stderr.write(`\n=== ${stage.name} ===\n`)
  const result = spawnSync(process.execPath, stage.args, { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } })
  if (result.status !== 0) {
    process.stderr.write(`\n${stage.name} failed.\n`)
    process.exit(result.status ?? 1)
  }
}
process.stderr.write('\nAll tests passed.\n')
