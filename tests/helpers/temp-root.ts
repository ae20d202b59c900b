// Vitest's global setup: every temporary folder a test makes (mkdtemp under the system's temporary
// folder) goes into one folder for the run, removed when the run ends, so that a run leaves nothing
// behind, whether its tests pass or fail.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export default function setup(): () => void {
  const root = mkdtempSync(join(tmpdir(), 'dashboard-tests-'))
  // The test processes start after this and inherit it; os.tmpdir() reads it on every call.
  process.env.TMPDIR = root
  return () => rmSync(root, { recursive: true, force: true })
}
