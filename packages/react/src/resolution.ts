import type { Resolution } from './core'
import type { Messages } from './messages'

/**
 * A resolution in words, e.g. `Split: a 60% / b 40%`.
 * @example
 * describeResolution({ kind: 'award', claimant: 'rep-1' }, messages, (id) => id) // 'Award: rep-1'
 */
export function describeResolution(
  resolution: Resolution,
  messages: Messages,
  name: (id: string) => string,
): string {
  const kind = messages.conflict.resolutionKinds[resolution.kind]
  switch (resolution.kind) {
    case 'award':
      return `${kind}: ${name(resolution.claimant)}`
    case 'split':
      return `${kind}: ${resolution.shares.map((share) => `${name(share.claimant)} ${share.percent}%`).join(' / ')}`
    case 'escalate':
      return `${kind}: ${messages.conflict.roles[resolution.to] ?? resolution.to}`
    default:
      return kind
  }
}
