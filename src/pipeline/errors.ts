// Errors that stop the build. Each one says where the problem is, so that whoever runs the build
// can open the file at the right place without reading a stack trace.

export interface Location {
  /** Path of the file as the user would open it (relative to the project where possible). */
  file: string
  /** 1-based line number in the file (for CSV, the physical line the record starts on). */
  row?: number
  /** Column name (or letter/number for spreadsheets). */
  column?: string
}

/** Bad or unexpected content in a source file. */
export class SourceDataError extends Error {
  readonly location: Location
  constructor(location: Location, problem: string) {
    super(`${describeLocation(location)}: ${problem}`)
    this.name = 'SourceDataError'
    this.location = location
  }
}

/** A source could not be obtained or did not match its registered checksum. */
export class FetchError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'FetchError'
  }
}

/** A build step outside the pipeline (such as the page build) failed; it has printed its own output. */
export class BuildStepError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'BuildStepError'
  }
}

/** A problem in the project's own configuration (registry, geography tables, metric registry). */
export class ConfigError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ConfigError'
  }
}

function describeLocation({ file, row, column }: Location): string {
  const parts = [file]
  if (row !== undefined) parts.push(`row ${row}`)
  if (column !== undefined) parts.push(`column "${column}"`)
  return parts.join(', ')
}
