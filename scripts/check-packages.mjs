#!/usr/bin/env node
// Checks what we would publish: publint (package.json vs files) and
// @arethetypeswrong/cli (types resolve for ESM and CJS consumers in every module mode).
import { execFileSync } from 'node:child_process'

// The kit's stylesheet is an export for bundlers, not a module with types: attw skips it.
const packages = [
  { dir: 'packages/core', attwExtra: [] },
  { dir: 'packages/react', attwExtra: ['--exclude-entrypoints', './styles.css'] },
]
let failed = false

for (const { dir, attwExtra } of packages) {
  for (const [tool, args] of [
    ['publint', ['publint', dir, '--strict']],
    ['attw', ['attw', '--pack', dir, '--format', 'table-flipped', ...attwExtra]],
  ]) {
    console.log(`\n▶ ${tool} ${dir}`)
    try {
      execFileSync('pnpm', ['exec', ...args], { stdio: 'inherit' })
    } catch {
      failed = true
      console.error(`✖ ${tool} found problems in ${dir}`)
    }
  }
}

process.exit(failed ? 1 : 0)
