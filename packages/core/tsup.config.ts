import type { Plugin } from 'esbuild'
import { defineConfig } from 'tsup'

/**
 * Emits one file per source module (like date-fns) instead of one bundle: with `sideEffects: false`
 * a host's bundler then drops whole modules it does not use — the matching dictionaries and their
 * schemas when a server imports only the engine. Relative imports stay imports, with the extension
 * Node needs for each format.
 */
const keepModules: Plugin = {
  name: 'keep-modules',
  setup(build) {
    const extension = build.initialOptions.format === 'cjs' ? '.cjs' : '.js'
    build.onResolve({ filter: /^\.\.?\// }, (args) =>
      args.kind === 'entry-point' ? undefined : { path: `${args.path}${extension}`, external: true },
    )
  },
}

export default defineConfig({
  entry: [
    'src/**/*.ts',
    '!src/**/*.test.ts',
    '!src/**/*.test-d.ts',
    '!src/**/test-kit.ts',
    '!src/**/fixtures/**',
  ],
  format: ['esm', 'cjs'],
  bundle: true,
  esbuildPlugins: [keepModules],
  dts: { entry: 'src/index.ts' },
  clean: true,
  sourcemap: true,
  target: 'es2022',
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
})
