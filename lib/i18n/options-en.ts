/** English strings of the options page and the first-run screen (merged into en.ts). */
export const optionsEn = {
  'options.nav.label': 'Settings sections',
} as const;
