import { checkRegistration } from '@baobei/core'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { useBaobei } from './context'
import type { Actor, CheckOptions, CustomerIndex, CustomerProfile, RegistrationVerdict } from './core'

/** What a host's lookup returns: the data `checkRegistration` needs, or a verdict computed elsewhere. */
export type ScreeningData = { index: CustomerIndex; stateOf: CheckOptions['stateOf'] } | RegistrationVerdict

/** The host's async search for likely duplicates (typically a server call); honour `signal`. */
export type ScreeningLookup = (
  candidate: CustomerProfile,
  options: { signal: AbortSignal },
) => Promise<ScreeningData>

export type ScreeningState = {
  status: 'idle' | 'loading' | 'done' | 'error'
  result: RegistrationVerdict | null
  error: unknown
  /** True while the shown result describes an earlier candidate (typing, debounce, lookup). */
  stale: boolean
  /** Runs the lookup again now (after an error). */
  retry: () => void
}

export type ScreeningOptions = {
  /** Wait this long after the last change before looking up; default 300 ms. */
  debounceMs?: number
  /** Who registers; defaults to the provider's actor. */
  actor?: Actor
  /** Scope of exclusivity to screen in (policy-defined). */
  scope?: string
  /** Kind of filing screened: a project-level filing is exclusive per project. */
  kind?: CheckOptions['kind']
}

const ANONYMOUS: Actor = { id: 'anonymous', roles: [] }

type Settled = { key: string; status: 'done' | 'error'; result: RegistrationVerdict | null; error: unknown }

/**
 * Live duplicate screening (查重) of a candidate filing: debounced, cancelled when the candidate
 * changes (AbortController), then `checkRegistration` with the provider's policy and `now`.
 * Pass `null` to stay idle (e.g. until a name is typed).
 * @example
 * const screen = useRegistrationScreen(profile, (c, { signal }) => api.lookup(c, signal), { debounceMs: 250 })
 * if (screen.result?.verdict === 'blocked') disableSubmit()
 */
export function useRegistrationScreen(
  candidate: CustomerProfile | null,
  lookup: ScreeningLookup | undefined,
  { debounceMs = 300, actor, scope, kind }: ScreeningOptions = {},
): ScreeningState {
  const { policy, now, actor: providerActor } = useBaobei()
  // Screening restarts only when the candidate or actor change in content, never because a parent
  // re-rendered with new objects or an inline `lookup` function (read through a ref).
  const key = candidate ? JSON.stringify(candidate) : ''
  // biome-ignore lint/correctness/useExhaustiveDependencies: keyed by content on purpose
  const stable = useMemo(() => candidate, [key])
  const whoKey = JSON.stringify(actor ?? providerActor ?? ANONYMOUS)
  const who = useMemo<Actor>(() => JSON.parse(whoKey), [whoKey])
  const latestLookup = useRef(lookup)
  latestLookup.current = lookup
  const hasLookup = lookup !== undefined
  const [settled, setSettled] = useState<Settled | null>(null)
  const [running, setRunning] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  // A retry runs at once; a change of candidate waits for the debounce.
  const immediate = useRef(false)
  const retry = useCallback(() => {
    immediate.current = true
    setAttempt((n) => n + 1)
  }, [])

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` re-runs the lookup on retry; `hasLookup` stands for the ref
  useEffect(() => {
    const lookup = latestLookup.current
    if (!stable || !lookup) return
    const controller = new AbortController()
    const run = async () => {
      setRunning(key)
      try {
        const data = await lookup(stable, { signal: controller.signal })
        if (controller.signal.aborted) return
        const result =
          'verdict' in data
            ? data
            : checkRegistration(stable, {
                index: data.index,
                stateOf: data.stateOf,
                policy,
                now,
                actor: who,
                scope,
                kind,
              })
        setSettled({ key, status: 'done', result, error: null })
      } catch (error) {
        if (controller.signal.aborted) return
        setSettled({ key, status: 'error', result: null, error })
      } finally {
        if (!controller.signal.aborted) setRunning(null)
      }
    }
    const timer = setTimeout(run, immediate.current ? 0 : debounceMs)
    immediate.current = false
    return () => {
      clearTimeout(timer)
      controller.abort()
    }
  }, [stable, key, hasLookup, policy, now, who, scope, kind, debounceMs, attempt])

  if (!stable || !hasLookup) return { status: 'idle', result: null, error: null, stale: false, retry }
  const current = settled?.key === key
  if (running === key)
    return { status: 'loading', result: settled?.result ?? null, error: null, stale: true, retry }
  if (!settled) return { status: 'idle', result: null, error: null, stale: true, retry }
  return { status: settled.status, result: settled.result, error: settled.error, stale: !current, retry }
}
