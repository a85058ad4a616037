import type { Actor } from '../model/actor'
import type { CustomerProfile } from '../model/profile'
import type { RegistrationKind } from '../model/registration-kind'
import type { Policy } from './schema'

/**
 * What decides the scope of a filing.
 *
 * @example
 * const input: ScopeInput = { actor: { id: 'rep-1', roles: [] }, profile: { name: 'x', channel: 'e-commerce' } }
 */
export type ScopeInput = {
  actor: Actor
  profile?: CustomerProfile | null
  /** An explicit scope key wins over everything else. */
  scope?: string
  kind?: RegistrationKind
}

/**
 * The exclusivity scope key of a filing: `'company'`, `division:<d>`, `channel:<c>` or `project:<p>`.
 * A project-level filing (大天 项目报备) is scoped to its project whatever the policy's level.
 * When the attribute the level needs is missing, the filing falls back to company-wide scope,
 * the strictest choice.
 *
 * @example
 * scopeOf(presets.dailyChemical, { actor: { id: 'rep', roles: [] }, profile: { name: 'x' } }) // 'company'
 * scopeOf(presets.projectSales, { actor, profile: { name: 'x', project: 'Line 3' }, kind: 'project' }) // 'project:Line 3'
 */
export function scopeOf(policy: Policy, { actor, profile, scope, kind }: ScopeInput): string {
  if (scope) return scope
  const project = profile?.project
  if ((kind === 'project' || policy.scope === 'project') && project) return `project:${project}`
  if (policy.scope === 'division' && actor.division) return `division:${actor.division}`
  if (policy.scope === 'channel' && profile?.channel) return `channel:${profile.channel}`
  return 'company'
}
