import type { Platform } from '../schema/platform';
import type { Template } from '../schema/template';

/**
 * Template placeholder syntax:
 *   {{name}}             a variable (built-in, or one of the brand's custom variables);
 *   {{name|fallback}}    used when the variable has no value ("{{first_name|vous}}");
 *   {{name?}}            a fill-in field the agent types before inserting ("{{order_number?}}");
 *   {{name?|fallback}}   a fill-in field that may be left empty.
 * Names are snake_case, like brand variable keys. Spaces inside the braces are tolerated.
 */

/** Variables Riposte fills itself, from the comment, the brand, the agent and the clock. */
export const BUILT_IN_VARIABLES = ['first_name', 'author', 'handle', 'brand', 'agent', 'platform', 'date'] as const;
export type BuiltInVariable = (typeof BUILT_IN_VARIABLES)[number];

const BUILT_IN_SET: ReadonlySet<string> = new Set(BUILT_IN_VARIABLES);
export function isBuiltInVariable(name: string): name is BuiltInVariable {
  return BUILT_IN_SET.has(name);
}

export interface TextSegment {
  kind: 'text';
  text: string;
}

export interface VariableSegment {
  kind: 'variable';
  name: string;
  /** Text after `|`; `undefined` when there is no `|` (an empty fallback is a deliberate blank). */
  fallback: string | undefined;
  fillIn: boolean;
  /** The placeholder as written, e.g. "{{ first_name | vous }}". */
  raw: string;
}

export type Segment = TextSegment | VariableSegment;

export interface ParsedTemplate {
  segments: Segment[];
  /** Placeholders that do not follow the syntax; they are kept as plain text. */
  malformed: string[];
}

const PLACEHOLDER = /\{\{([^{}]*)\}\}/g;
const NAME = /^[a-z][a-z0-9_]*$/;

function parsePlaceholder(inner: string, raw: string): VariableSegment | undefined {
  const bar = inner.indexOf('|');
  const head = (bar === -1 ? inner : inner.slice(0, bar)).trim();
  const fallback = bar === -1 ? undefined : inner.slice(bar + 1).trim();
  const fillIn = head.endsWith('?');
  const name = (fillIn ? head.slice(0, -1).trimEnd() : head).toLowerCase();
  if (!NAME.test(name)) return undefined;
  return { kind: 'variable', name, fallback, fillIn, raw };
}

/** Splits a body into text and placeholders. Never throws: bad placeholders stay as text. */
export function parseTemplateBody(body: string): ParsedTemplate {
  const segments: Segment[] = [];
  const malformed: string[] = [];
  let last = 0;
  let text = '';
  for (const match of body.matchAll(PLACEHOLDER)) {
    const raw = match[0];
    const index = match.index;
    text += body.slice(last, index);
    last = index + raw.length;
    const variable = parsePlaceholder(match[1] ?? '', raw);
    if (!variable) {
      malformed.push(raw);
      text += raw;
      continue;
    }
    if (text) segments.push({ kind: 'text', text });
    text = '';
    segments.push(variable);
  }
  text += body.slice(last);
  if (text) segments.push({ kind: 'text', text });
  return { segments, malformed };
}

/** The body used on a platform: its variant when the template has one, else the main body. */
export function bodyFor(template: Pick<Template, 'body' | 'variants'>, platform: Platform | undefined): {
  body: string;
  variant: Platform | null;
} {
  const variant = platform ? template.variants[platform] : undefined;
  return variant && platform ? { body: variant, variant: platform } : { body: template.body, variant: null };
}

export interface FillInField {
  name: string;
  /** True when the placeholder has a fallback: the agent may leave it empty. */
  optional: boolean;
}

/**
 * Fill-in fields the agent must be asked for before inserting, in order of first appearance.
 * With a platform, only that platform's body counts; without, the main body and every variant
 * (the menu asks once, whatever site it ends up on).
 */
export function fillInFields(template: Pick<Template, 'body' | 'variants'>, platform?: Platform): FillInField[] {
  const bodies = platform
    ? [bodyFor(template, platform).body]
    : [template.body, ...Object.values(template.variants).filter((v): v is string => typeof v === 'string')];
  const fields = new Map<string, FillInField>();
  for (const body of bodies) {
    for (const segment of parseTemplateBody(body).segments) {
      if (segment.kind !== 'variable' || !segment.fillIn) continue;
      const optional = segment.fallback !== undefined;
      const known = fields.get(segment.name);
      // Required anywhere means required.
      if (!known) fields.set(segment.name, { name: segment.name, optional });
      else if (!optional) known.optional = false;
    }
  }
  return [...fields.values()];
}

/** Every variable name a template uses (body and variants), fill-ins included, deduplicated. */
export function templateVariables(template: Pick<Template, 'body' | 'variants'>): string[] {
  const names = new Set<string>();
  for (const body of [template.body, ...Object.values(template.variants)]) {
    if (typeof body !== 'string') continue;
    for (const segment of parseTemplateBody(body).segments) if (segment.kind === 'variable') names.add(segment.name);
  }
  return [...names];
}
