// The harness behind packages/react/bench/render.bench.mjs: it exposes `window.__bbBench` with
// `badges(n, { plain })` (render n StatusBadges, or n plain <li> as a machine-speed baseline) and
// `typing(text)` (type into a RegistrationForm while screening runs, timing each keystroke).
import { BaobeiProvider, RegistrationForm, StatusBadge, useBaobei } from '@baobei/react'
import type { Meta, StoryObj } from '@storybook/react-vite'
import { useEffect, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { ALL_STATUSES, sampleProtectedUntil } from './support/fixtures'
import { registryLookup } from './support/lookups'

type BadgeTiming = { totalMs: number; commitMs: number }
type TypingTiming = { keystrokes: number[]; frames: number[]; longTasks: number }

declare global {
  interface Window {
    __bbBench?: {
      badges: (n: number, options?: { plain?: boolean }) => Promise<BadgeTiming>
      typing: (text: string) => Promise<TypingTiming>
    }
  }
}

/** n rows cycling through the six statuses. */
const rows = (n: number) =>
  Array.from({ length: n }, (_, i) => ({
    id: `row-${i}`,
    status: ALL_STATUSES[i % ALL_STATUSES.length] ?? 'prospect',
  }))

const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))
const setNativeValue = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set

function Harness() {
  const context = useBaobei()
  const host = useRef<HTMLDivElement>(null)
  const formHost = useRef<HTMLDivElement>(null)
  const [formKey, setFormKey] = useState(0)
  const [lookup] = useState(() => registryLookup(40))

  useEffect(() => {
    const badges = async (n: number, { plain = false } = {}): Promise<BadgeTiming> => {
      const container = document.createElement('div')
      host.current?.append(container)
      const root = createRoot(container)
      await nextFrame()
      const start = performance.now()
      flushSync(() =>
        root.render(
          <BaobeiProvider policy={context.policy} now={context.now} locale={context.locale}>
            <ul>
              {rows(n).map(({ id, status }) => {
                return plain ? (
                  <li key={id}>{status}</li>
                ) : (
                  <li key={id}>
                    <StatusBadge status={status} protectedUntil={sampleProtectedUntil(status)} />
                  </li>
                )
              })}
            </ul>
          </BaobeiProvider>,
        ),
      )
      const commitMs = performance.now() - start
      container.getBoundingClientRect() // force style and layout
      const totalMs = performance.now() - start
      root.unmount()
      container.remove()
      return { totalMs, commitMs }
    }

    const typing = async (text: string): Promise<TypingTiming> => {
      flushSync(() => setFormKey((k) => k + 1))
      await nextFrame()
      const input = formHost.current?.querySelector<HTMLInputElement>('input[name="name"]')
      if (!input || !setNativeValue) throw new Error('no name field')
      let longTasks = 0
      const observer = new PerformanceObserver((list) => {
        longTasks += list.getEntries().length
      })
      try {
        observer.observe({ type: 'longtask' })
      } catch {
        // Long-task timing is Chromium-only; elsewhere it stays 0.
      }
      const keystrokes: number[] = []
      const frames: number[] = []
      let last = await nextFrame()
      for (const char of text) {
        const start = performance.now()
        setNativeValue.call(input, input.value + char)
        input.dispatchEvent(new Event('input', { bubbles: true }))
        await Promise.resolve()
        input.getBoundingClientRect()
        keystrokes.push(performance.now() - start)
        const frame = await nextFrame()
        frames.push(frame - last)
        last = frame
        // Pause like a typist, long enough for the debounced screening to run between keys.
        await sleep(60)
        last = await nextFrame()
      }
      observer.disconnect()
      return { keystrokes, frames, longTasks }
    }

    window.__bbBench = { badges, typing }
    return () => {
      window.__bbBench = undefined
    }
  }, [context])

  return (
    <main>
      <h1 className="bb-heading">Render benchmarks</h1>
      <p>
        Used by <code>packages/react/bench/render.bench.mjs</code> through <code>window.__bbBench</code>.
      </p>
      <div ref={host} />
      <div ref={formHost}>
        <RegistrationForm key={formKey} onSubmit={() => {}} lookup={lookup} debounceMs={30} title={null} />
      </div>
    </main>
  )
}

const meta = { title: 'Benchmarks/Render', component: Harness } satisfies Meta<typeof Harness>

export default meta
export const Default: StoryObj<typeof meta> = {}
