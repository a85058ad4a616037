#!/usr/bin/env node
// Runs every packages/*/bench/*.bench.mjs in its own Node process (one core, fresh heap,
// --expose-gc so memory figures are honest) and prints their output in turn.
import { spawnSync } from 'node:child_process'
import { readdirSync } from 'node:fs'
import { join } from 'node:path'

const filter = process.argv[2] ? new RegExp(process.argv[2]) : null
const benches = readdirSync('packages')
  .flatMap((pkg) => {
    const dir = join('packages', pkg, 'bench')
    try {
      return readdirSync(dir)
        .filter((file) => file.endsWith('.bench.mjs'))
        .map((file) => join(dir, file))
    } catch {
      return []
    }
  })
  .filter((file) => !filter || filter.test(file))

if (benches.length === 0) {
  console.error('No benchmarks found (packages/*/bench/*.bench.mjs).')
  process.exit(1)
}
let failed = false
for (const bench of benches) {
  console.log(`\n━━ ${bench} ━━`)
  const run = spawnSync(process.execPath, ['--expose-gc', '--max-old-space-size=4096', bench], {
    stdio: 'inherit',
  })
  failed ||= run.status !== 0
}
process.exit(failed ? 1 : 0)
