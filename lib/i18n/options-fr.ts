import type { optionsEn } from './options-en';

/** Chaînes françaises de la page d'options et du premier lancement (fusionnées dans fr.ts). */
export const optionsFr: Record<keyof typeof optionsEn, string> = {
  'options.nav.label': 'Rubriques des paramètres',
};
