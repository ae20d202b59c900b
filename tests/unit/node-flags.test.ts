import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { BUILD_NODE_FLAGS } from '../../src/build-output/node-flags.ts'

describe("the build's Node flags", () => {
  it('are the ones ./dashboard build starts the build with (package.json cannot import them)', () => {
    const scripts = (JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: Record<string, string> }).scripts
    expect(scripts.build).toBe(`node ${BUILD_NODE_FLAGS.join(' ')} scripts/build.ts`)
  })
})
