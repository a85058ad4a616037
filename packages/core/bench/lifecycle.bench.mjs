// Lifecycle benchmark: deriveState and decide throughput on five-event histories, ledgerFor over a
// claimant's book, and sweep over 1,000,000 customers (~5 events each). Run after `pnpm --filter @baobei/core build`:
//   node --expose-gc packages/core/bench/lifecycle.bench.mjs [customers]
import { decide, deriveState, ledgerFor, presets, sweep } from '../dist/index.js'

const policy = presets.dailyChemical
const CUSTOMERS = Number(process.argv[2] ?? 1_000_000)
const TEMPLATES = 500
const DAY = 86_400_000
const START = Date.parse('2025-06-01T09:00:00+08:00')
const NOW = '2026-03-01T02:00:00+08:00'
const profile = {
  name: '深圳市思萨日化有限公司',
  address: '深圳市南山区',
  phone: '0755-12345678',
  contact: '王经理',
}

function iso(ms) {
  return new Date(ms).toISOString()
}

/** A realistic five-event history built through decide: register, visit, payment, visit, payment. */
function template(i) {
  const t0 = START + (i % 240) * DAY + (i % 7) * 3_600_000
  const steps = [
    [t0, { type: 'register', claimant: `rep-${i % 50}`, profile }],
    [t0 + 5 * DAY, { type: 'log-visit', claimant: `rep-${i % 50}`, brought: true }],
    [t0 + 20 * DAY, { type: 'record-payment', claimant: `rep-${i % 50}`, amount: 1000 + i }],
    [t0 + 40 * DAY, { type: 'log-visit', claimant: `rep-${i % 50}` }],
    [t0 + (60 + (i % 90)) * DAY, { type: 'record-payment', claimant: `rep-${i % 50}`, amount: 500 }],
  ]
  const history = []
  for (const [at, command] of steps) {
    const result = decide(
      { ...command, customerId: 'tpl' },
      { history, policy, now: iso(at), actor: { id: command.claimant, roles: [] } },
    )
    if (!result.ok) throw new Error(`template ${i}: ${result.rejection.code}`)
    history.push(...result.events)
  }
  return history
}

const templates = Array.from({ length: TEMPLATES }, (_, i) => template(i))

/** The history of customer n: a template's events re-addressed to that customer (fresh objects). */
function historyOf(n) {
  const customerId = `cust-${n}`
  return templates[n % TEMPLATES].map((e, k) => ({ ...e, id: `${customerId}:${k}`, customerId }))
}

let peakRss = 0
const sample = () => {
  const { rss } = process.memoryUsage()
  if (rss > peakRss) peakRss = rss
}
const mb = (bytes) => Math.round(bytes / 1_048_576)

// 1. deriveState throughput (histories prepared beforehand: we time the fold and the view only).
const DERIVE = Math.min(CUSTOMERS, 200_000)
const prepared = Array.from({ length: DERIVE }, (_, n) => historyOf(n))
for (let n = 0; n < 20_000; n++) deriveState(prepared[n], policy, NOW) // warm-up
let t = performance.now()
let protectedCount = 0
for (let n = 0; n < DERIVE; n++) {
  if (deriveState(prepared[n], policy, NOW).protectedUntil !== null) protectedCount++
}
const deriveMs = performance.now() - t
const derivePerSecond = Math.round(DERIVE / (deriveMs / 1000))

// 2. decide: a payment against each prepared history (validation, fold, calendar arithmetic).
const DECIDE = Math.min(DERIVE, 50_000)
const paymentAt = '2026-02-20T10:00:00+08:00'
const pay = (n) => {
  const history = prepared[n]
  const claimant = history[0].claimant
  return decide(
    { type: 'record-payment', customerId: `cust-${n}`, claimant, amount: 100 },
    { history, policy, now: paymentAt, actor: { id: claimant, roles: [] } },
  )
}
for (let n = 0; n < 5_000; n++) pay(n) // warm-up
t = performance.now()
let decided = 0
for (let n = 0; n < DECIDE; n++) if (pay(n).ok) decided++
const decideMs = performance.now() - t
const decidePerSecond = Math.round(DECIDE / (decideMs / 1000))

// 3. ledgerFor: one claimant's counts over a book of 1,000 customers (a host would do this per filing).
const BOOK = prepared.slice(0, 1_000)
ledgerFor('rep-0', BOOK, policy, NOW) // warm-up
t = performance.now()
const LEDGERS = 20
for (let i = 0; i < LEDGERS; i++) ledgerFor(`rep-${i}`, BOOK, policy, NOW)
const ledgerMs = (performance.now() - t) / LEDGERS
prepared.length = 0
globalThis.gc?.()

// 4. sweep over CUSTOMERS streams, generated lazily as a database cursor would deliver them.
function* streams() {
  for (let n = 0; n < CUSTOMERS; n++) {
    if (n % 50_000 === 0) sample()
    yield { customerId: `cust-${n}`, history: historyOf(n) }
  }
}
// The generator's own cost, to tell it apart from sweep's.
t = performance.now()
let generated = 0
for (const stream of streams()) generated += stream.history.length
const generateMs = performance.now() - t
globalThis.gc?.()
sample()
const heapBefore = process.memoryUsage().heapUsed
t = performance.now()
const result = sweep(streams(), policy, NOW, { horizon: { days: 7 } })
const sweepMs = performance.now() - t
sample()
const heapAfter = process.memoryUsage().heapUsed

const rows = [
  [
    'deriveState (5-event histories)',
    `${DERIVE.toLocaleString('en')} customers`,
    `${deriveMs.toFixed(0)} ms`,
    `${derivePerSecond.toLocaleString('en')} customers/s (target ≥ 300,000)`,
  ],
  [
    'decide (record-payment, 5-event histories)',
    `${DECIDE.toLocaleString('en')} commands`,
    `${decideMs.toFixed(0)} ms`,
    `${decidePerSecond.toLocaleString('en')} decisions/s (${decided.toLocaleString('en')} accepted)`,
  ],
  [
    'ledgerFor (one claimant)',
    `${BOOK.length.toLocaleString('en')} histories`,
    `${ledgerMs.toFixed(1)} ms`,
    '',
  ],
  [
    'sweep (incl. generating histories)',
    `${CUSTOMERS.toLocaleString('en')} customers`,
    `${sweepMs.toFixed(0)} ms`,
    `target ≤ 3,000 ms`,
  ],
  [
    'generating the histories alone',
    `${generated.toLocaleString('en')} events`,
    `${generateMs.toFixed(0)} ms`,
    'included in the sweep time above',
  ],
  [
    'sweep output',
    `${result.events.length.toLocaleString('en')} released events`,
    `${result.releases.length.toLocaleString('en')} releases`,
    `${result.warnings.length.toLocaleString('en')} warnings`,
  ],
  [
    'memory',
    `peak rss ${mb(peakRss)} MB`,
    `heapUsed after ${mb(heapAfter)} MB`,
    `(before ${mb(heapBefore)} MB; target ≤ 1,536 MB)`,
  ],
]
console.table(rows.map(([what, size, time, note]) => ({ what, size, time, note })))
console.log(
  JSON.stringify({
    bench: 'lifecycle',
    deriveStatePerSecond: derivePerSecond,
    deriveStateProtected: protectedCount,
    decidePerSecond,
    decideAccepted: decided,
    ledgerForMs: Number(ledgerMs.toFixed(2)),
    sweepCustomers: CUSTOMERS,
    sweepMs: Math.round(sweepMs),
    generateMs: Math.round(generateMs),
    sweepEvents: result.events.length,
    sweepReleases: result.releases.length,
    sweepWarnings: result.warnings.length,
    peakRssMB: mb(peakRss),
    heapUsedMB: mb(heapAfter),
  }),
)
