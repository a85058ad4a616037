// Calendar arithmetic in a policy's IANA zone (internal to the core; not re-exported by the package root).
export {
  addDuration,
  localMinuteOfDay,
  sameLocalDay,
  startOfLocalDay,
  subtractDuration,
  windowEnd,
} from './calendar'
export { canonicalInstant, compareInstants, isBefore } from './compare'
export { type Duration, DurationSchema, type Window, WindowSchema } from './duration'
export { TimeOfDaySchema, type TimeRange, TimeRangeSchema, withinTimeRange } from './time-of-day'
export { addWindow } from './window'
export { formatInstant, inZone, isTimeZone, toEpoch } from './zone'
