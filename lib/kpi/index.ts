export { median, percentile } from './percentile';
export { buildTimelines, cohort, commentDate, inTimeOrder, inWindow, type CommentTimeline, type Window } from './timeline';
export {
  durationStats,
  firstResponseTimes,
  overdueComments,
  resolutionTimes,
  slaCompliance,
  type Duration,
  type DurationStats,
  type OverdueComment,
  type SlaResult,
} from './response';
export {
  escalationsByDepartment,
  labelShare,
  templateUses,
  volumes,
  type DepartmentEscalations,
  type TemplateUse,
  type Volumes,
} from './volumes';
export { addDays, addMonths, assertTimeZone, daysBetween, isDayKey, localClock, type DayKey, type LocalClock } from '../calendar';
