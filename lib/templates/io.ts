import { z } from 'zod';
import { TemplateSchema, type Template } from '../schema/template';

/** Tag and version of Riposte's template files. Bump the version when the shape changes. */
export const TEMPLATE_FILE_FORMAT = 'riposte-templates';
export const TEMPLATE_FILE_VERSION = 1;
/** Larger files are refused before parsing: no template library is this big. */
export const MAX_IMPORT_BYTES = 5_000_000;
export const MAX_IMPORT_TEMPLATES = 5000;

/**
 * What a file carries per template: the content, not the bookkeeping. Brand, usage and dates
 * belong to the library that imports it.
 */
export const TemplateFileEntrySchema = TemplateSchema.pick({
  title: true,
  body: true,
  category: true,
  tags: true,
  intents: true,
  language: true,
  variants: true,
}).extend({ id: z.string().min(1).optional() });
export type TemplateFileEntry = z.infer<typeof TemplateFileEntrySchema>;

/** Serialises templates to Riposte's JSON file format (stable key order, readable). */
export function exportTemplates(templates: readonly Template[], now: Date = new Date()): string {
  const entries: TemplateFileEntry[] = templates.map((t) => ({
    id: t.id,
    title: t.title,
    body: t.body,
    category: t.category,
    tags: [...t.tags],
    ...(t.intents ? { intents: [...t.intents] } : {}),
    language: t.language,
    variants: { ...t.variants },
  }));
  return `${JSON.stringify({ format: TEMPLATE_FILE_FORMAT, version: TEMPLATE_FILE_VERSION, exportedAt: now.toISOString(), templates: entries }, null, 2)}\n`;
}

/**
 * What is wrong, as a code the UI words in its own language (with `params`); `message` is the same
 * in plain English, for logs and tools. Validator text never reaches a community manager.
 */
export type ImportProblem =
  | 'too-large'
  | 'not-json'
  | 'not-ours'
  | 'version'
  | 'empty'
  | 'too-many'
  | 'missing'
  | 'blank'
  | 'too-long'
  | 'not-a-choice'
  | 'invalid'
  | 'missing-id'
  | 'id-exists'
  | 'id-twice'
  | 'stopped';

export interface ImportError {
  /** Position of the template in the file; null for a problem with the whole file. */
  index: number | null;
  /** Dotted path of the field at fault inside the entry ("variants.x"), or "" for the entry itself. */
  field: string;
  problem: ImportProblem;
  params?: Record<string, string | number>;
  message: string;
}

export type ImportResult = { ok: true; templates: Template[] } | { ok: false; errors: ImportError[] };

export interface ImportOptions {
  /** Brand the imported templates join. */
  brandId: string;
  now: Date;
  /** Ids already stored: a kept id must not overwrite anything. */
  existingIds: ReadonlySet<string> | readonly string[];
  /** Keep the ids from the file instead of generating new ones. Default false. */
  keepIds?: boolean;
  /** Id generator, for tests; defaults to crypto.randomUUID. */
  newId?: () => string;
}

const FileShape = z.object({
  format: z.string(),
  version: z.number(),
  templates: z.array(z.unknown()),
});

/** Problems listed for one file before the check stops. */
const MAX_LISTED_ERRORS = 5;

function fileError(problem: ImportProblem, message: string, field = '', params?: ImportError['params']): ImportResult {
  return { ok: false, errors: [{ index: null, field, problem, message, ...(params ? { params } : {}) }] };
}

/** A validator issue about one field of an entry, as a problem the UI can word. */
function fieldProblem(index: number, raw: unknown, issue: z.core.$ZodIssue): ImportError {
  const field = issue.path.map(String).join('.');
  // The validator does not echo the value back: read it from the entry for "« bavardage » is not a choice".
  const value: unknown = issue.path.reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<PropertyKey, unknown>)[key] : undefined), raw);
  const base = { index, field, message: issue.message };
  switch (issue.code) {
    case 'invalid_type':
      return { ...base, problem: value === undefined ? 'missing' : 'invalid' };
    case 'too_small':
      return { ...base, problem: issue.origin === 'string' ? 'blank' : 'invalid' };
    case 'too_big':
      return { ...base, problem: 'too-long', params: { max: Number(issue.maximum) } };
    case 'invalid_value':
      return { ...base, problem: 'not-a-choice', params: { value: typeof value === 'string' || typeof value === 'number' ? String(value) : '' } };
    default:
      return { ...base, problem: 'invalid' };
  }
}

/**
 * Parses a template file. All or nothing: a file that is not JSON, not ours, of a newer version, or
 * with any invalid entry is rejected whole, with every problem listed (entry index and field), and
 * no template is returned — so nothing is half-imported.
 */
export function parseTemplateImport(text: string, options: ImportOptions): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fileError('too-large', `File too large (over ${MAX_IMPORT_BYTES} characters).`, '', { max: MAX_IMPORT_BYTES });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fileError('not-json', `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const shape = FileShape.safeParse(data);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return fileError('not-ours', `Not a Riposte template file: ${issue?.message ?? 'unexpected shape'}.`, issue?.path.map(String).join('.') ?? '');
  }
  const file = shape.data;
  if (file.format !== TEMPLATE_FILE_FORMAT) return fileError('not-ours', `Not a Riposte template file (format "${file.format}").`, 'format');
  if (file.version > TEMPLATE_FILE_VERSION || file.version < 1 || !Number.isInteger(file.version)) {
    return fileError('version', `Unsupported file version ${file.version}: this Riposte reads version ${TEMPLATE_FILE_VERSION}.`, 'version', {
      version: file.version,
      supported: TEMPLATE_FILE_VERSION,
    });
  }
  if (file.templates.length === 0) return fileError('empty', 'The file has no templates.', 'templates');
  if (file.templates.length > MAX_IMPORT_TEMPLATES) return fileError('too-many', `Too many templates (over ${MAX_IMPORT_TEMPLATES}).`, 'templates', { max: MAX_IMPORT_TEMPLATES });

  const existing = new Set(options.existingIds);
  const seen = new Set<string>();
  const newId = options.newId ?? (() => crypto.randomUUID());
  const errors: ImportError[] = [];
  let stopped = false;
  const templates: Template[] = [];
  const stamp = options.now.toISOString();

  file.templates.forEach((raw, index) => {
    // Past the first few problems the rest of the file is not checked: a file of 5,000 empty entries
    // would otherwise list 20,000 of them.
    if (errors.length >= MAX_LISTED_ERRORS) {
      stopped = true;
      return;
    }
    const entry = TemplateFileEntrySchema.safeParse(raw);
    if (!entry.success) {
      for (const issue of entry.error.issues) errors.push(fieldProblem(index, raw, issue));
      return;
    }
    let id: string;
    if (options.keepIds) {
      if (!entry.data.id) {
        errors.push({ index, field: 'id', problem: 'missing-id', message: 'Missing id (ids are being kept).' });
        return;
      }
      id = entry.data.id;
      if (existing.has(id)) {
        errors.push({ index, field: 'id', problem: 'id-exists', params: { id }, message: `A template with id "${id}" already exists.` });
        return;
      }
      if (seen.has(id)) {
        errors.push({ index, field: 'id', problem: 'id-twice', params: { id }, message: `Id "${id}" appears twice in the file.` });
        return;
      }
      seen.add(id);
    } else {
      do id = newId();
      while (existing.has(id) || seen.has(id));
      seen.add(id);
    }
    const { id: _fileId, ...content } = entry.data;
    const row = TemplateSchema.safeParse({ ...content, id, brandId: options.brandId, usageCount: 0, createdAt: stamp, updatedAt: stamp });
    if (!row.success) {
      for (const issue of row.error.issues) errors.push(fieldProblem(index, raw, issue));
      return;
    }
    templates.push(row.data);
  });

  if (stopped || errors.length > MAX_LISTED_ERRORS) {
    const listed = errors.slice(0, MAX_LISTED_ERRORS);
    listed.push({
      index: null,
      field: '',
      problem: 'stopped',
      params: { max: MAX_LISTED_ERRORS },
      message: `Stopped after the first ${MAX_LISTED_ERRORS} problems; fix them and import the file again (nothing was imported).`,
    });
    return { ok: false, errors: listed };
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates };
}
