// The core types the kit reads, in one place.
export type {
  Actor,
  CheckOptions,
  ConflictCase,
  CustomerIndex,
  CustomerProfile,
  CustomerState,
  Event,
  Ledger,
  Match,
  Policy,
  RegistrationVerdict,
  Resolution,
  ResolutionSuggestion,
  Status,
} from '@baobei/core'
