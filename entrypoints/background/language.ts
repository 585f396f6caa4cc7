import { browser } from 'wxt/browser';
import { resolveLanguage, translator, type Translate } from '@/lib/i18n';
import type { Settings } from '@/lib/schema/settings';

/** The background's translator, following the same rule as the pages: setting first, else browser. */
export function backgroundTranslator(settings: Settings): Translate {
  return translator(resolveLanguage(settings.uiLanguage, browser.i18n.getUILanguage()));
}
