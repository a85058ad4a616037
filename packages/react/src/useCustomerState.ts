import { deriveState } from '@baobei/core'
import { useMemo } from 'react'
import { useBaobei } from './context'
import type { CustomerState, Event } from './core'

/**
 * A customer's derived state (`deriveState`) under the provider's policy and `now`, recomputed only
 * when the history, policy or `now` change.
 * @example
 * const state = useCustomerState(history)
 * return <StatusBadge state={state} />
 */
export function useCustomerState(history: readonly Event[]): CustomerState {
  const { policy, now } = useBaobei()
  return useMemo(() => deriveState(history, policy, now), [history, policy, now])
}
