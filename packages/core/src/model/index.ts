// Public exports of model/: the shared vocabulary every other folder codes against.
export { type Actor, ActorSchema } from './actor'
export { CHANNELS, type Channel } from './channel'
export { type ConflictKind, ConflictKindSchema, type Resolution, ResolutionSchema } from './conflict'
export { type Instant, InstantSchema } from './instant'
export {
  type CustomerProfile,
  CustomerProfileSchema,
  type Grade,
  GradeSchema,
  RelativeSchema,
  TrackingSchema,
} from './profile'
export { type RegistrationKind, RegistrationKindSchema } from './registration-kind'
export { STATUSES, type Status, type StatusNumber, statusNumber } from './status'
