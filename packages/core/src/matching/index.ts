// Public exports of matching/: identity (USCC, phones, company names) and duplicate screening.
export {
  type CheckOptions,
  checkRegistration,
  type RegistrationVerdict,
  type ScreenedScope,
  type ScreenedState,
} from './check-registration'
export { type CompanyName, normalizeCompanyName, parseCompanyName } from './company-name'
export {
  type CustomerIndex,
  createCustomerIndex,
  type FindOptions,
  type Match,
  type MatchStrength,
} from './customer-index'
export { findDuplicates } from './find-duplicates'
export { type NormalizedPhone, normalizePhone, type PhoneKind } from './phone'
export { DEFAULT_THRESHOLD, type MatchReason, STRONG, WEIGHTS } from './scores'
export { type UsccProblem, type UsccValidation, validateUscc } from './uscc'
