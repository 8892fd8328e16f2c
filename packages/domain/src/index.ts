export { MATTER_CODE_PATTERN, isMatterCode } from './matter-code';
export { parseIdNumber, isValidIdNumber, idNumberCheckDigit } from './id-number';
export type { IdNumberCheck, IdNumberProblem } from './id-number';
export { maskIdNumber, maskLicenceNumber, maskPhone, maskName, maskPiiInText } from './masking';
export { wgs84ToGcj02, gcj02ToWgs84, isInChina } from './coords';
export type { LngLat } from './coords';
export { distanceMeters } from './distance';
export { isWorkingDay, addWorkingDays, workingDaysBetween } from './working-days';
export type { WorkingCalendar } from './working-days';
export { ageInYears, fromDayNumber, parseLocalDate, toDayNumber, todayInShanghai, weekdayOf } from './dates';
export type { LocalDate } from './dates';
export {
  BAD_REASONS,
  CASE_EVENT_LABELS,
  CASE_STATE_LABELS,
  INDICATOR_SETS,
  REVIEW_LEVELS,
  caseIsOpen,
  isBadLevel,
  reviewLevelLabel,
} from './reviews';
export { FEEDBACK_CASE_KINDS, FEEDBACK_STATE_LABELS, feedbackKindLabel } from './feedback';
export { SHORT_CODE_ALPHABET, SHORT_CODE_LENGTH, formatShortCode, normaliseShortCode } from './display-short-code';
export {
  ACTING_FOR_HEADER,
  HOME_VISIT_REASONS,
  HOME_VISIT_STATE_LABELS,
  isDelegableRoute,
  MANDATE_GRANTED_VIA_LABELS,
  MANDATE_KIND_LABELS,
  MANDATE_LEVEL_LABELS,
  MANDATE_STATE_LABELS,
} from './mandates';
