// One lint configuration for the repository: ESLint's and typescript-eslint's recommended rules for
// TypeScript and scripts, the Astro plugin's for components and pages, and the layers of the code
// (README, "Architecture"): data flows one way, from the sources to the pages, so a module may
// import only from the layers below its own, the site reads the pipeline's results only through
// src/contract/, and no files import each other in a circle. Formatting is Prettier's job
// (.prettierrc.json); `./dashboard test` runs both as checks, `npm run format` rewrites.
import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import importX, { createNodeResolver } from 'eslint-plugin-import-x'
import globals from 'globals'
import tseslint from 'typescript-eslint'

/** The pipeline's layers, lowest first: each may import from the layers before it, never after. */
const PIPELINE_LAYERS = [
  ['src/pipeline/errors.ts', 'src/pipeline/cli.ts', 'src/build-output'],
  ['src/pipeline/files', 'src/pipeline/statistics'],
  ['src/pipeline/sources'],
  ['src/pipeline/geography'],
  ['src/pipeline/read'],
  ['src/pipeline/metrics'],
  [
    'src/pipeline/benchmarks',
    'src/pipeline/programme',
    'src/pipeline/health',
    'src/pipeline/inspections',
    'src/pipeline/maps',
    'src/pipeline/places',
  ],
  ['src/pipeline/site-data'],
  ['src/pipeline/run.ts'],
]
/** The site's layers, lowest first. None of them sees the pipeline: only the contract. */
const SITE_LAYERS = [['src/charts'], ['src/site'], ['src/embed-files'], ['src/components', 'src/layouts'], ['src/pages']]
const PIPELINE = ['src/pipeline', 'src/build-output']
const SITE = SITE_LAYERS.flat()

/** For each layer, the layers above it as the places it may not import from. */
const upward = (layers, message) =>
  layers.flatMap((layer, i) => {
    const above = layers.slice(i + 1).flat()
    return above.length === 0 ? [] : [{ target: layer, from: above, message }]
  })

const LAYER_ZONES = [
  { target: 'src/contract', from: [...PIPELINE, ...SITE, 'scripts'], message: 'the contract is the bottom layer: it imports only zod.' },
  ...upward(PIPELINE_LAYERS, 'this import runs back up the data flow (README, "Architecture").'),
  // Peers in one layer (benchmarks, programme, health...) do not depend on each other.
  ...PIPELINE_LAYERS.slice(1).flatMap((layer) =>
    layer.length < 2
      ? []
      : layer.map((own) => ({
          target: own,
          from: layer.filter((x) => x !== own),
          message: 'peers in one layer do not import each other.',
        })),
  ),
  {
    target: 'src/pipeline/statistics',
    from: ['src/pipeline', 'src/build-output'],
    except: ['./statistics'],
    message: 'statistics/ is pure: formulas only.',
  },
  { target: PIPELINE, from: SITE, message: 'the pipeline never imports the site.' },
  { target: SITE, from: PIPELINE, message: 'the site reads the pipeline only through src/contract/.' },
  ...upward(SITE_LAYERS, 'this import runs back up the site (README, "Architecture").'),
]

export default tseslint.config(
  {
    ignores: ['dist/', 'dist.*/', '.astro/', '.build/', 'node_modules/', 'data/', 'test-results/', 'playwright-report/', 'tests/fixtures/'],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      eqeqeq: ['error', 'smart'],
    },
  },
  {
    files: ['src/**/*.ts', 'src/**/*.astro', 'scripts/**/*.ts'],
    plugins: { 'import-x': importX },
    settings: { 'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.astro'] })] },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: LAYER_ZONES }],
      'import-x/no-cycle': 'error',
    },
  },
  // Scripts served to browsers as they are.
  { files: ['public/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
)
