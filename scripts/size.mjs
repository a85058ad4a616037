#!/usr/bin/env node
// Size budget: what a host pays for each package, bundled with esbuild, minified and gzipped.
//
// The core cannot fit the 20 kB as one entry: matching/ carries ~9 kB gzipped of Chinese
// place and company-word dictionaries, and zod/mini plus date-fns take ~11 kB before any rule. It is
// published one file per module, so the budgets follow what a host imports: the engine alone, and
// every export (see docs/getting-started.md, "Size budget").
import { gzipSync } from 'node:zlib'
import { build } from 'esbuild'

const kB = 1000
const engine = 'decide, evolve, replay, deriveState, sweep, definePolicy, presets, REJECTION_CODES'
const budgets = [
  {
    name: '@baobei/core engine (decide … presets)',
    contents: `export { ${engine} } from './packages/core/dist/index.js'`,
    external: [],
    limit: 21 * kB,
  },
  {
    name: '@baobei/core, every export',
    contents: `export * from './packages/core/dist/index.js'`,
    external: [],
    limit: 40 * kB,
  },
  {
    name: '@baobei/react, every export (without React; core above)',
    contents: `export * from './packages/react/dist/index.js'`,
    external: ['react', 'react-dom', 'react/jsx-runtime', '@baobei/core'],
    limit: 35 * kB,
  },
  {
    name: '@baobei/react with what it uses of the core (informational)',
    contents: `export * from './packages/react/dist/index.js'`,
    external: ['react', 'react-dom', 'react/jsx-runtime'],
  },
]

async function measure({ contents, external }) {
  const result = await build({
    stdin: { contents, resolveDir: process.cwd(), loader: 'js' },
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
