// ./dashboard check-site-size [dir]: the built site's size against what GitHub Pages publishes.
// GitHub Pages serves sites of up to 1 GB; the rebuild workflow runs this before uploading, and it
// stops there, with the figures, when the site is over 900 MB (room for the archive's overhead).
import { folderSize } from './build-stats.ts'

const LIMIT_BYTES = 900e6
const dir = process.argv[2] ?? 'dist'
const { files, bytes } = folderSize(dir)
const mb = (x: number) => `${(x / 1e6).toFixed(0)} MB`
if (bytes > LIMIT_BYTES) {
  process.stderr.write(
    `${dir}/ is ${mb(bytes)} in ${files.toLocaleString('en-GB')} files, over the ${mb(LIMIT_BYTES)} this project allows itself (GitHub Pages publishes sites of up to 1 GB). Not uploaded: make the site smaller (BENCHMARKS.md says what each part and each measure costs).\n`,
  )
  process.exit(1)
}
process.stdout.write(`${dir}/ is ${mb(bytes)} in ${files.toLocaleString('en-GB')} files, within ${mb(LIMIT_BYTES)}.\n`)
