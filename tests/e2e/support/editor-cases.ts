/** The insertion cases run against every real editor library, in Chromium and in Firefox. */

export interface LabState {
  text: string;
  submitEnabled: boolean;
}

export interface Case {
  name: string;
  /** What the user typed first, and the keys that place the caret or selection after typing. */
  typed?: string;
  keys?: string[];
  via: 'panel' | 'right-click';
  /** The panel's choice when the box already holds a draft (the "Remplacer / Ajouter" dialog). */
  mode?: 'replace' | 'append';
  text: string;
  expected: string;
}

const LONG = 'Merci pour votre message détaillé, nous transmettons tout au service client aujourd’hui. '.repeat(12).slice(0, 1000).trimEnd();

export const CASES: Case[] = [
  { name: 'one line', via: 'panel', text: 'Merci pour votre message, nous regardons cela tout de suite.', expected: 'Merci pour votre message, nous regardons cela tout de suite.' },
  { name: 'accents and emoji', via: 'panel', text: 'Désolés pour l’attente, Léa 🙏 — à très vite ! 🎉', expected: 'Désolés pour l’attente, Léa 🙏 — à très vite ! 🎉' },
  { name: 'several lines with a blank line', via: 'panel', text: 'Bonjour Marc,\n\nVotre colis part demain.\nBonne journée !', expected: 'Bonjour Marc,\n\nVotre colis part demain.\nBonne journée !' },
  { name: 'a leading @handle', via: 'panel', text: '@lea_martin Merci pour votre retour !', expected: '@lea_martin Merci pour votre retour !' },
  { name: '1,000 characters', via: 'panel', text: LONG, expected: LONG },
  { name: 'after existing text', via: 'panel', typed: 'Brouillon perso', text: 'Bonjour Marc, merci !', expected: 'Brouillon perso Bonjour Marc, merci !' },
  { name: 'a draft replaced', via: 'panel', mode: 'replace', typed: 'Brouillon perso', text: 'Bonjour Marc,\n\nVotre colis part demain.', expected: 'Bonjour Marc,\n\nVotre colis part demain.' },
  { name: 'a draft kept, the reply after it', via: 'panel', mode: 'append', typed: 'Brouillon perso', text: 'Bonjour Marc, merci !', expected: 'Brouillon perso\n\nBonjour Marc, merci !' },
  {
    name: 'right-click, caret mid-text, one line',
    via: 'right-click',
    typed: 'Bonjour Léa, à bientôt !',
    keys: Array(11).fill('ArrowLeft'),
    text: 'merci pour votre message, ',
    expected: 'Bonjour Léa, merci pour votre message, à bientôt !',
  },
  {
    name: 'right-click, caret mid-text, several lines',
    via: 'right-click',
    typed: 'Bonjour Léa, à bientôt !',
    keys: Array(11).fill('ArrowLeft'),
    text: 'votre colis part demain.\n\nNous vous tenons au courant, ',
    expected: 'Bonjour Léa, votre colis part demain.\n\nNous vous tenons au courant, à bientôt !',
  },
  {
    name: 'right-click, a selection replaced',
    via: 'right-click',
    typed: 'Bonjour XXX, à bientôt !',
    keys: [...Array(13).fill('ArrowLeft'), ...Array(3).fill('Shift+ArrowLeft')],
    text: 'Léa',
    expected: 'Bonjour Léa, à bientôt !',
  },
  { name: 'right-click, several lines into an empty box', via: 'right-click', text: 'Bonjour Marc,\n\nVotre colis part demain.', expected: 'Bonjour Marc,\n\nVotre colis part demain.' },
];

/** The lab's editable element (the library's own root). */
export const BOX = '[contenteditable="true"][role="textbox"], textarea';

export function normalise(text: string): string {
  return text.replace(/\u00a0/gu, ' ').replace(/\n+$/u, '');
}

/** The message the side panel (Insert) or the background (right-click menu) sends the content script. */
export function insertMessage(testCase: Case): Record<string, unknown> {
  return testCase.via === 'panel'
    ? { type: 'content/insert', text: testCase.text, ...(testCase.mode ? { mode: testCase.mode } : {}) }
    : { type: 'content/insert-at-caret', text: testCase.text, gaps: [], labels: { title: 'Compléter', ok: 'Insérer', cancel: 'Annuler' } };
}
