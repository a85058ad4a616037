#!/usr/bin/env node
// Renders every story of the built Storybook in real Chromium, in light/zh-CN and dark/en-US,
// waits for its play function, and runs axe on it. A story fails when it throws, its play
// function fails, it logs an uncaught error, or axe finds a serious or critical violation.
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { launchChromium, serveStatic } from './chromium.mjs'

const folder = process.argv[2] ?? 'storybook-static'
const only = process.env.STORY_FILTER ? new RegExp(process.env.STORY_FILTER) : null
const modes = [
  { name: 'light zh-CN', globals: 'theme:light;locale:zh-CN' },
  { name: 'dark en-US', globals: 'theme:dark;locale:en-US' },
]
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')
const timeoutMs = 20_000

// Records the preview's own verdict on each render (render errors, play-function failures).
function listenToPreview() {
  window.__bbStory = { done: false, errors: [] }
  const attach = () => {
    const channel = window.__STORYBOOK_ADDONS_CHANNEL__
    if (!channel) return setTimeout(attach, 10)
    const fail = (label) => (detail) => {
      window.__bbStory.errors.push(
        `${label}: ${detail?.description ?? detail?.message ?? JSON.stringify(detail)}`,
      )
      window.__bbStory.done = true
    }
    channel.on('storyErrored', fail('render error'))
    channel.on('storyThrewException', fail('exception'))
    channel.on('playFunctionThrewException', fail('play function'))
    channel.on('storyMissing', fail('missing story'))
    channel.on('storyFinished', (event) => {
      if (event?.status === 'error' && window.__bbStory.errors.length === 0) {
        window.__bbStory.errors.push('story finished with status error')
      }
      window.__bbStory.done = true
    })
  }
  attach()
}

async function runStory(page, baseUrl, story, mode) {
  const problems = []
  const onError = (error) => problems.push(`uncaught: ${error.message}`)
  page.on('pageerror', onError)
  try {
    await page.goto(`${baseUrl}/iframe.html?id=${story.id}&viewMode=story&globals=${mode.globals}`)
    await page.waitForFunction(() => window.__bbStory?.done === true, null, { timeout: timeoutMs })
    problems.push(...(await page.evaluate(() => window.__bbStory.errors)))
    await page.addScriptTag({ content: axeSource })
    const violations = await page.evaluate(async () => {
      const result = await window.axe.run(document.querySelector('#storybook-root') ?? document.body, {
        runOnly: {
          type: 'tag',
          values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'],
        },
        rules: { region: { enabled: false } },
      })
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)
    })
    problems.push(...violations.map((v) => `axe ${v}`))
  } catch (error) {
    problems.push(error instanceof Error ? error.message.split('\n')[0] : String(error))
  } finally {
    page.off('pageerror', onError)
  }
  return problems
}

const server = await serveStatic(folder)
const browser = await launchChromium()
let passed = 0
let failed = 0
try {
  const index = JSON.parse(readFileSync(`${folder}/index.json`, 'utf8'))
  const stories = Object.values(index.entries).filter(
    (entry) => entry.type === 'story' && (!only || only.test(entry.id)),
  )
  if (stories.length === 0) throw new Error(`No stories found in ${folder}/index.json`)
  const context = await browser.newContext({ reducedMotion: 'reduce' })
  await context.addInitScript(listenToPreview)
  const page = await context.newPage()
  for (const mode of modes) {
    for (const story of stories) {
      const problems = await runStory(page, server.url, story, mode)
      if (problems.length === 0) {
        passed++
        console.log(`  ✓ ${story.title} › ${story.name} [${mode.name}]`)
      } else {
        failed++
        console.log(`  ✖ ${story.title} › ${story.name} [${mode.name}]`)
        for (const problem of problems) console.log(`      ${problem}`)
      }
    }
  }
} finally {
  await browser.close()
  await server.close()
}
console.log(`\nStories in Chromium with axe (${modes.map((m) => m.name).join(', ')}):`)
console.log(`Stories: ${passed} passed, ${failed} failed`)
process.exit(failed > 0 ? 1 : 0)
