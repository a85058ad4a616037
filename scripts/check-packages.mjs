#!/usr/bin/env node
// Checks what we would publish: publint (package.json vs files) and
// @arethetypeswrong/cli (types resolve for ESM and CJS consumers in every module mode).
import { execFileSync } from 'node:child_process'

const packages = ['packages/core', 'packages/react']
let failed = false

for (const dir of packages) {
  for (const [tool, args] of [
    ['publint', ['publint', dir, '--strict']],
    ['attw', ['attw', '--pack', dir, '--format', 'table-flipped']],
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
