export { buildHandoff, DEFAULT_MAX_MAILTO_LENGTH, mailtoUrl, type Handoff, type HandoffComment, type HandoffOptions } from './build';
