// Shared by the command-line entry points: print a failure as a plain message (the errors here
// already say which file, row and column), not as a stack trace, and exit non-zero.
import { BuildStepError, ConfigError, FetchError, SourceDataError } from './errors.ts'

export async function runMain(main: () => Promise<void>): Promise<void> {
  try {
    await main()
  } catch (e) {
    if (e instanceof SourceDataError || e instanceof FetchError || e instanceof ConfigError || e instanceof BuildStepError) {
      process.stderr.write(`\nBuild stopped: ${e.message}\nThe previous site in dist/ (if any) was left unchanged.\n`)
    } else {
      process.stderr.write(`\nBuild stopped by an unexpected error:\n${(e as Error).stack ?? String(e)}\n`)
    }
    process.exitCode = 1
  }
}
