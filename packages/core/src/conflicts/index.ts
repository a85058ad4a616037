// Public exports of conflicts/: building, detecting and settling conflicts (撞单).
export type { ConflictCase, ConflictClaim } from './conflict-case'
export { ConflictCaseError, conflictCaseFrom } from './conflict-case-from'
export { detectCollisions, type OpenConflictCommand } from './detect-collisions'
export { type Share, splitShares } from './split-shares'
export { type ResolutionSuggestion, suggestResolution } from './suggest-resolution'
