/**
 * @baobei/react — drop-in React components for Baobei.
 * @packageDocumentation
 */
export { type ApprovalItem, ApprovalQueue, type ApprovalQueueProps } from './ApprovalQueue'
export { BaobeiProvider, type BaobeiProviderProps } from './BaobeiProvider'
export { type ConflictDecision, ConflictDialog, type ConflictDialogProps } from './ConflictDialog'
export { CustomerTimeline, type CustomerTimelineProps, type TimelineEvent } from './CustomerTimeline'
export { type BaobeiContextValue, useBaobei } from './context'
export { type ExpiringItem, ExpiringList, type ExpiringListProps } from './ExpiringList'
export { createFormatters, type Formatters, timeLeft } from './format'
export {
  catalogues,
  type Locale,
  type MessageOverrides,
  type Messages,
  resolveMessages,
  type TimeParts,
  type UsccReason,
} from './messages'
export { type RegionOption, RegistrationForm, type RegistrationFormProps } from './RegistrationForm'
export { insideWindow, RegistrationHints, type RegistrationLedger } from './RegistrationHints'
export {
  EMPTY_VALUES,
  type FieldErrors,
  FORM_FIELDS,
  type FormField,
  type RegistrationValues,
  toProfile,
  validateRegistration,
} from './registration'
export { describeRejection } from './rejection'
export { describeResolution } from './resolution'
export { ScreeningResult, type ScreeningResultProps } from './ScreeningResult'
export { StatusBadge, type StatusBadgeProps } from './StatusBadge'
export { adjustShares, initialShares } from './shares'
export { type Countdown, useCountdown } from './useCountdown'
export { useCustomerState } from './useCustomerState'
export {
  type ScreeningData,
  type ScreeningLookup,
  type ScreeningOptions,
  type ScreeningState,
  useRegistrationScreen,
} from './useRegistrationScreen'
