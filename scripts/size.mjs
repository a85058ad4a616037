#!/usr/bin/env node
// Size budget: what a host pays for each package, bundled with esbuild, minified and gzipped.
// The core is measured with all its dependencies; the kit with the core but without React.
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const kB = 1000
const budgets = [
  {
    name: '@baobei/core',
    entry: 'packages/core/dist/index.js',
    external: [],
    limit: 20 * kB,
  },
  {
    name: '@baobei/react (with @baobei/core, without React)',
    entry: 'packages/react/dist/index.js',
    external: ['react', 'react-dom', 'react/jsx-runtime'],
    limit: 35 * kB,
  },
  {
    name: '@baobei/react alone (informational)',
    entry: 'packages/react/dist/index.js',
    external: ['react', 'react-dom', 'react/jsx-runtime', '@baobei/core'],
  },
]

async function measure({ entry, external }) {
  // Importing everything the entry exports is the worst case: no host tree-shakes below it.
  const result = await build({
    stdin: { contents: `export * from './${entry}'`, resolveDir: process.cwd(), loader: 'js' },
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    external,
    logLevel: 'silent',
  })
  const code = result.outputFiles[0].contents
  return { min: code.byteLength, gzip: gzipSync(code, { level: 9 }).byteLength }
}

const rows = []
let failed = false
for (const budget of budgets) {
  const { min, gzip } = await measure(budget)
  const over = budget.limit !== undefined && gzip > budget.limit
  failed ||= over
  rows.push({
    package: budget.name,
    'min (kB)': (min / kB).toFixed(1),
    'min+gz (kB)': (gzip / kB).toFixed(2),
    'budget (kB)': budget.limit ? (budget.limit / kB).toFixed(0) : '—',
    verdict: budget.limit === undefined ? '' : over ? 'OVER' : 'ok',
  })
}
console.table(rows)
if (failed) {
  console.error('Size budget exceeded: see the OVER rows above.')
  process.exit(1)
}
