/**
 * Reply templates: rendering, suggestions, brand-voice lint, starter library, import/export,
 * context-menu model and caret insertion. Pure functions (caret.ts works on a DOM passed in).
 */
export {
  BUILT_IN_VARIABLES,
  bodyFor,
  fillInFields,
  isBuiltInVariable,
  parseTemplateBody,
  templateVariables,
  type BuiltInVariable,
  type FillInField,
  type ParsedTemplate,
  type Segment,
  type VariableSegment,
} from './variables';
export { firstNameOf } from './first-name';
export { PLATFORM_NAMES, formatLongDate, renderTemplate, type RenderContext, type RenderGap, type RenderResult } from './render';
export {
  prepareTemplates,
  suggestTemplates,
  type PreparedTemplates,
  type SuggestOptions,
  type Suggestion,
  type SuggestionReason,
  type SuggestionSignals,
} from './suggest';
export { HISTORY_MIN_SIMILARITY, historyVotes, passedOverIds, prepareHistory, type HistoryVote, type PreparedHistory, type TemplateChoice } from './history';
export { findAddressCues, type AddressCue } from './address';
export { countEmoji, findEmoji, isEmojiGrapheme } from './emoji';
export { PLATFORM_LIMITS, findUrls, replyLength, xWeightedLength, type WeightedLength } from './length';
export { lintReply, type LintIssue, type LintOptions, type LintRule } from './lint';
export { STARTER_SITUATIONS, STARTER_VARIABLES, starterTemplateId, starterTemplates } from './starter';
export {
  MAX_IMPORT_BYTES,
  MAX_IMPORT_TEMPLATES,
  TEMPLATE_FILE_FORMAT,
  TEMPLATE_FILE_VERSION,
  TemplateFileEntrySchema,
  exportTemplates,
  parseTemplateImport,
  type ImportError,
  type ImportOptions,
  type ImportResult,
} from './io';
export {
  DEFAULT_MAX_PER_CATEGORY,
  MENU_ROOT_ID,
  MENU_SAVE_SELECTION_ID,
  buildTemplateMenu,
  flattenMenu,
  parseMenuItemId,
  templateMenuId,
  selectionDraft,
  newTemplateHash,
  parseNewTemplateHash,
  greetedFirstName,
  withFirstNameVariable,
  NEW_TEMPLATE_HASH,
  type SelectionDraft,
  type SelectionDraftResult,
  type MenuAction,
  type MenuItem,
  type MenuNode,
  type MenuOptions,
} from './menu';
