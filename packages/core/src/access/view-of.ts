import type { CustomerState } from '../lifecycle/index'
import type { Actor, CustomerProfile, Status } from '../model/index'
import type { Policy } from '../policy/index'
import { maskPhone } from './mask-phone'

/**
 * A time-limited permission for one viewer to read one customer's full file.
 *
 * @example
 * const grant: ViewGrant = { viewer: 'rep-2', customerId: 'c1', from: '2026-03-10T08:00:00+08:00', until: '2026-03-11T08:00:00+08:00' }
 */
export type ViewGrant = { viewer: string; customerId: string; from: string; until: string }

/**
 * What a viewer may see of a customer, and the audit record the host should store.
 *
 * @example
 * const view: CustomerView = viewOf(state, viewer, policy, now)
 * if (view.access === 'limited') view.contacts.phone // '133****3333'
 */
export type CustomerView =
  | {
      access: 'full'
      reason: 'owner' | 'manager' | 'grant'
      profile: CustomerProfile | null
      audit: ViewAudit
    }
  | {
      access: 'limited'
      /** Who holds the customer, until when, in which status. */
      heldBy: string | null
      until: string | null
      status: Status
      name: string | null
      contacts: { phone?: string; phones?: string[] }
      audit: ViewAudit
    }

/**
 * One view of a customer's file (SPEC §7: every view is logged).
 *
 * @example
 * await db.insert('views', viewOf(state, viewer, policy, now).audit satisfies ViewAudit)
 */
export type ViewAudit = { viewer: string; customerId: string | null; at: string; access: 'full' | 'limited' }

function isManagerInScope(viewer: Actor, state: CustomerState, policy: Policy): boolean {
  const roles = new Set([...policy.confidentiality.viewerRoles, ...policy.managerRoles])
  if (!viewer.roles.some((role) => roles.has(role))) return false
  // A manager with a region or division sees only customers of that region or division.
  const region = state.profile?.region
  if (viewer.region && region && viewer.region !== region) return false
  const scope = state.scope ?? ''
  return !(viewer.division && scope.startsWith('division:') && scope !== `division:${viewer.division}`)
}

function fullAccessReason(
  state: CustomerState,
  viewer: Actor,
  policy: Policy,
  now: number,
  grants: readonly ViewGrant[],
): 'owner' | 'manager' | 'grant' | null {
  if (state.owner !== null && state.owner === viewer.id) return 'owner'
  if (isManagerInScope(viewer, state, policy)) return 'manager'
  const live = grants.some(
    (g) =>
      g.viewer === viewer.id &&
      g.customerId === state.customerId &&
      Date.parse(g.from) <= now &&
      now < Date.parse(g.until),
  )
  return live ? 'grant' : null
}

/**
 * What `viewer` may see of a customer (SPEC §7): the full profile for the owner, a manager in
 * scope, or a viewer holding a live time-limited grant; otherwise only who holds it, until when,
 * and masked contacts (`133****3333`; unmasked when the policy's `maskContacts` is off). The
 * returned `audit` record is what the host logs for every view.
 *
 * @example
 * viewOf(state, { id: 'rep-2', roles: ['sales'] }, policy, '2026-03-01T09:00:00+08:00')
 * // { access: 'limited', heldBy: 'rep-1', until: '2026-06-01T…', status: 'registered-protected',
 * //   name: '深圳市思萨科技股份有限公司', contacts: { phone: '133****3333' }, audit: { … } }
 */
export function viewOf(
  state: CustomerState,
  viewer: Actor,
  policy: Policy,
  now: string,
  grants: readonly ViewGrant[] = [],
): CustomerView {
  const reason = fullAccessReason(state, viewer, policy, Date.parse(now), grants)
  const audit = (access: 'full' | 'limited'): ViewAudit => ({
    viewer: viewer.id,
    customerId: state.customerId,
    at: now,
    access,
  })
  if (reason) return { access: 'full', reason, profile: state.profile, audit: audit('full') }
  const profile = state.profile
  const hide = policy.confidentiality.maskContacts ? maskPhone : (phone: string) => phone
  return {
    access: 'limited',
    heldBy: state.owner,
    until: state.protectedUntil,
    status: state.status,
    name: profile?.name ?? null,
    contacts: {
      ...(profile?.phone && { phone: hide(profile.phone) }),
      ...(profile?.phones && { phones: profile.phones.map(hide) }),
    },
    audit: audit('limited'),
  }
}
