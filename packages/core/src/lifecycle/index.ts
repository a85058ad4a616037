// Public exports of lifecycle/: the decider (decide / evolve / replay / deriveState) and the batch sweep.
export { type Command, CommandSchema, type CommandType, type Ledger, LedgerSchema } from './commands'
export { type DecideContext, type Decision, decide } from './decide'
export { type Event, EventSchema, type EventType, HistorySchema, parseHistory } from './events'
export { evolve, replay } from './fold'
export { REJECTION_CODES, type Rejection, type RejectionCode, type RejectionFacts } from './rejection'
export { type Claim, type ConflictFacts, initialState, type LifecycleState } from './state'
export { type DueItem, type SweepOptions, type SweepResult, type SweepStream, sweep } from './sweep'
export { type CustomerState, deriveState, isProtectedStatus, type ScopeState, viewState } from './view'
