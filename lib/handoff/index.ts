export { buildHandoff, DEFAULT_MAX_MAILTO_LENGTH, mailtoUrl, type Handoff, type HandoffComment, type HandoffOptions } from './build';
export { HANDOFF_TEXT } from './i18n';
