import { translator, type MessageKey, type Translate } from '../i18n';
import type { Language } from '../schema/platform';
import type { CsvCell, CsvColumns } from './csv-format';
import { LABEL_SEPARATOR } from './rows';

/**
 * The log's columns for people rather than tools: headers in the UI's language ("Réseau",
 * "Statut du commentaire") and coded values as words ("Brouillon inséré", "Plainte | Question").
 * The technical file (stable English names and codes) stays the default for scripts; this one is
 * what a client or a manager opens in a spreadsheet.
 */
export function readableColumns<Row, Context>(columns: CsvColumns<Row, Context>, language: Language): CsvColumns<Row, Context> {
  const t = translator(language);
  return Object.fromEntries(
    Object.entries(columns).map(([name, cell]) => {
      const words = VALUE_WORDS[name];
      const readableCell = words ? (row: Row, context: Context) => words(t, cell(row, context)) : cell;
      return [header(t, name), readableCell];
    }),
  );
}

/** The header of a column: its own word in the dictionary (`csv.col.<name>`), else its technical name. */
function header(t: Translate, name: string): string {
  const key = `csv.col.${name}` as MessageKey;
  const text = t(key);
  return text === key ? name : text;
}

/** A coded value as its word in `family` (`label.complaint` → "Plainte"); an unknown code as it is. */
function word(t: Translate, family: string, code: string): string {
  const key = `${family}.${code}` as MessageKey;
  const text = t(key);
  return text === key ? code : text;
}

/** Columns whose cells are codes, each with the dictionary family that names them. */
const VALUE_WORDS: Record<string, (t: Translate, value: CsvCell) => CsvCell> = {
  platform: (t, value) => (value === '' ? value : word(t, 'site', String(value))),
  action: (t, value) => (value === '' ? value : word(t, 'kind', String(value))),
  comment_status: (t, value) => (value === '' ? value : word(t, 'status', String(value))),
  sentiment: (t, value) => (value === '' ? value : word(t, 'sentiment', String(value))),
  labels: (t, value) =>
    String(value)
      .split(LABEL_SEPARATOR)
      .filter(Boolean)
      .map((label) => word(t, 'label', label))
      .join(LABEL_SEPARATOR),
};
