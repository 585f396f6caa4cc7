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

export interface ImportError {
  /** Position of the template in the file; null for a problem with the whole file. */
  index: number | null;
  /** Dotted path of the field at fault inside the entry ("variants.x"), or "" for the entry itself. */
  field: string;
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

function fileError(message: string, field = ''): ImportResult {
  return { ok: false, errors: [{ index: null, field, message }] };
}

/**
 * Parses a template file. All or nothing: a file that is not JSON, not ours, of a newer version, or
 * with any invalid entry is rejected whole, with every problem listed (entry index and field), and
 * no template is returned — so nothing is half-imported.
 */
export function parseTemplateImport(text: string, options: ImportOptions): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return fileError(`File too large (over ${MAX_IMPORT_BYTES} characters).`);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return fileError(`Not valid JSON: ${error instanceof Error ? error.message : String(error)}`);
  }
  const shape = FileShape.safeParse(data);
  if (!shape.success) {
    const issue = shape.error.issues[0];
    return fileError(`Not a Riposte template file: ${issue?.message ?? 'unexpected shape'}.`, issue?.path.join('.') ?? '');
  }
  const file = shape.data;
  if (file.format !== TEMPLATE_FILE_FORMAT) return fileError(`Not a Riposte template file (format "${file.format}").`, 'format');
  if (file.version > TEMPLATE_FILE_VERSION || file.version < 1 || !Number.isInteger(file.version)) {
    return fileError(`Unsupported file version ${file.version}: this Riposte reads version ${TEMPLATE_FILE_VERSION}.`, 'version');
  }
  if (file.templates.length === 0) return fileError('The file has no templates.', 'templates');
  if (file.templates.length > MAX_IMPORT_TEMPLATES) return fileError(`Too many templates (over ${MAX_IMPORT_TEMPLATES}).`, 'templates');

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
      for (const issue of entry.error.issues) errors.push({ index, field: issue.path.join('.'), message: issue.message });
      return;
    }
    let id: string;
    if (options.keepIds) {
      if (!entry.data.id) {
        errors.push({ index, field: 'id', message: 'Missing id (ids are being kept).' });
        return;
      }
      id = entry.data.id;
      if (existing.has(id)) {
        errors.push({ index, field: 'id', message: `A template with id "${id}" already exists.` });
        return;
      }
      if (seen.has(id)) {
        errors.push({ index, field: 'id', message: `Id "${id}" appears twice in the file.` });
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
      for (const issue of row.error.issues) errors.push({ index, field: issue.path.join('.'), message: issue.message });
      return;
    }
    templates.push(row.data);
  });

  if (stopped || errors.length > MAX_LISTED_ERRORS) {
    const listed = errors.slice(0, MAX_LISTED_ERRORS);
    listed.push({ index: null, field: '', message: `Stopped after the first ${MAX_LISTED_ERRORS} problems; fix them and import the file again (nothing was imported).` });
    return { ok: false, errors: listed };
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, templates };
}
