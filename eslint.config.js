// One lint configuration for the repository: ESLint's and typescript-eslint's recommended rules for
// TypeScript and scripts, the Astro plugin's for components and pages. Formatting is Prettier's
// job (.prettierrc.json); `./dashboard test` runs both as checks, `npm run format` rewrites.
import js from '@eslint/js'
import astro from 'eslint-plugin-astro'
import globals from 'globals'
import tseslint from 'typescript-eslint'

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
  // Scripts served to browsers as they are.
  { files: ['public/**/*.js'], languageOptions: { globals: { ...globals.browser } } },
)
