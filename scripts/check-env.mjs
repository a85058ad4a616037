#!/usr/bin/env node
// Checks the machine before a step that would otherwise fail with a stack trace.
// Usage: node scripts/check-env.mjs <install|start|test|browser>
// Plain Node only: it runs before dependencies are installed.
import { existsSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const step = process.argv[2] ?? 'test'
const problems = []

const [major, minor] = process.versions.node.split('.').map(Number)
if (major < 20 || (major === 20 && minor < 19)) {
  problems.push(
    `Node.js ${process.versions.node} is too old: Baobei needs Node.js 20.19 or newer (Vite 8 and Storybook 10 do).\n` +
      '  Install a current Node.js (for example with nvm: `nvm install 20`) and run the command again.',
  )
}

if (step !== 'install') {
  if (!existsSync(join(root, 'pnpm-lock.yaml'))) {
    problems.push(
      'pnpm-lock.yaml is missing: the install would not be reproducible.\n' +
        '  Restore it with `git checkout pnpm-lock.yaml`, then run `pnpm install --frozen-lockfile`.',
    )
  }
  if (!existsSync(join(root, 'node_modules', '.modules.yaml'))) {
    problems.push('Dependencies are not installed: run `pnpm install --frozen-lockfile` first.')
  }
}

if (step === 'browser' || step === 'test') {
  const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (!existsSync(chromium)) {
    problems.push(
      `No Chromium at ${chromium}: the story and accessibility tests run in a real browser.\n` +
        '  On Debian/Ubuntu: `sudo apt-get update && sudo apt-get install -y chromium`,\n' +
        '  or point CHROMIUM_PATH at an installed Chromium or Chrome. Nothing here downloads a browser.',
    )
  }
}

if (problems.length > 0) {
  console.error(`\nbaobei: cannot ${step} yet.\n\n- ${problems.join('\n- ')}\n`)
  process.exit(1)
}
