#!/usr/bin/env node
// React kit render benchmarks, measured in real Chromium:
//   (a) rendering 1,000 StatusBadges (target ≤ 50 ms, from render call to after layout), and
//   (b) typing into the RegistrationForm while screening runs (target < 16.7 ms, one frame, per keystroke).
// The hidden story `Benchmarks/Render` exposes `window.__bbBench`; this script serves `storybook-static/`
// on 127.0.0.1, opens that story in headless Chromium, calls it and prints a table plus one JSON line.
// It builds Storybook first when the build is missing or lacks the story; otherwise it measures the
// existing build, so run `pnpm build-storybook` first for figures of the current sources.
// Usage: node packages/react/bench/render.bench.mjs [--runs 15] [--locale zh-CN] [--dir storybook-static]
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { launchChromium, serveStatic } from '../../../scripts/chromium.mjs'

const root = fileURLToPath(new URL('../../../', import.meta.url))

// zh-CN labels are shaped with a CJK font, as on any Chinese reader's machine. Without one Chromium
// draws boxes through a slow per-glyph fallback, and the figures say little about real use.
try {
  if (!execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8' }).trim()) {
    console.warn(
      'No CJK font is installed (Debian: apt-get install fonts-wqy-zenhei): zh-CN figures are not representative.',
    )
  }
} catch {
  // No fontconfig (not Linux): nothing to check.
}
const option = (name) => {
  const at = process.argv.indexOf(name)
  return at > 0 ? process.argv[at + 1] : undefined
}
// `--dir` serves another Storybook build (e.g. one made with `--output-dir`); it is never rebuilt.
const givenDir = option('--dir')
const staticDir = resolve(givenDir ?? join(root, 'storybook-static'))
const storyId = 'benchmarks-render--default'
const runs = Number(option('--runs') ?? 15)
const locale = option('--locale') ?? 'zh-CN'
const warmups = 3
const badgeCount = 1000
const typedText = '深圳市思萨科技股份有限公司'
const targets = { badgesMs: 50, keystrokeMs: 1000 / 60 }

/** True when the static build exists and lists the benchmark story. */
function buildHasStory() {
  const index = join(staticDir, 'index.json')
  if (!existsSync(index)) return false
  try {
    return Boolean(JSON.parse(readFileSync(index, 'utf8')).entries?.[storyId])
  } catch {
    return false
  }
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2
}
const percentile = (values, p) => {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]
}
const round = (value) => Math.round(value * 100) / 100

async function main() {
  if (!buildHasStory()) {
    if (givenDir) {
      console.error(`${staticDir} has no ${storyId} story: build Storybook into it first.`)
      process.exit(1)
    }
    console.log('storybook-static/ lacks the Benchmarks/Render story: running `pnpm build-storybook`…')
    execFileSync('pnpm', ['build-storybook'], { cwd: root, stdio: 'inherit' })
    if (!buildHasStory()) {
      console.error(`The Storybook build has no ${storyId} story (the Benchmarks/Render harness).`)
      process.exit(1)
    }
  }

  const server = await serveStatic(staticDir)
  // A fresh launch: Playwright gives it its own empty temporary profile (user-data-dir).
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    const errors = []
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(`${server.url}/iframe.html?id=${storyId}&viewMode=story&globals=locale:${locale}`)
    await page.waitForFunction(() => typeof window.__bbBench?.badges === 'function', null, {
      timeout: 60_000,
    })

    // Badges and the plain baseline alternate, so a busy machine slows both alike.
    const badgeTimes = []
    const commitTimes = []
    const baselineTimes = []
    for (let i = 0; i < warmups + runs; i++) {
      const badge = await page.evaluate((n) => window.__bbBench.badges(n), badgeCount)
      const plain = await page.evaluate((n) => window.__bbBench.badges(n, { plain: true }), badgeCount)
      if (i < warmups) continue
      badgeTimes.push(badge.totalMs)
      commitTimes.push(badge.commitMs)
      baselineTimes.push(plain.totalMs)
    }

    const keystrokes = []
    const frames = []
    let longTasks = 0
    for (let i = 0; i < Math.max(3, Math.ceil(runs / 5)); i++) {
      const result = await page.evaluate((text) => window.__bbBench.typing(text), typedText)
      keystrokes.push(...result.keystrokes)
      frames.push(...result.frames)
      longTasks += result.longTasks
    }
    if (errors.length > 0) throw new Error(`the story threw: ${errors.join('; ')}`)

    const figures = {
      badges: {
        count: badgeCount,
        runs: badgeTimes.length,
        medianMs: round(median(badgeTimes)),
        p95Ms: round(percentile(badgeTimes, 95)),
        commitMedianMs: round(median(commitTimes)),
        baselineMedianMs: round(median(baselineTimes)),
        targetMs: targets.badgesMs,
      },
      typing: {
        keystrokes: keystrokes.length,
        medianMs: round(median(keystrokes)),
        p95Ms: round(percentile(keystrokes, 95)),
        maxMs: round(Math.max(...keystrokes)),
        maxFrameMs: round(Math.max(...frames)),
        longTasks,
        targetMs: round(targets.keystrokeMs),
      },
    }
    const ok = (value, target) => (value <= target ? 'ok' : 'OVER')
    const row = (median, p95, max, target, verdict) => ({ median, p95, max, target, verdict })
    console.table({
      [`render ${badgeCount} StatusBadges (ms)`]: row(
        figures.badges.medianMs,
        figures.badges.p95Ms,
        round(Math.max(...badgeTimes)),
        targets.badgesMs,
        ok(figures.badges.medianMs, targets.badgesMs),
      ),
      '  of which React render + commit': row(figures.badges.commitMedianMs, null, null, null, ''),
      [`  baseline: ${badgeCount} plain <li>`]: row(
        figures.badges.baselineMedianMs,
        round(percentile(baselineTimes, 95)),
        null,
        null,
        'machine speed',
      ),
      'RegistrationForm keystroke (ms)': row(
        figures.typing.medianMs,
        figures.typing.p95Ms,
        figures.typing.maxMs,
        figures.typing.targetMs,
        ok(figures.typing.p95Ms, targets.keystrokeMs),
      ),
      '  frame gap while typing': row(
        null,
        null,
        figures.typing.maxFrameMs,
        null,
        `${longTasks} long task(s)`,
      ),
    })
    console.log(JSON.stringify({ bench: 'react-render', unit: 'ms', ...figures }))
  } finally {
    await browser.close()
    await server.close()
  }
}

await main()
