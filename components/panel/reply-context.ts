import type { Translate } from '@/lib/i18n';
import type { Brand } from '@/lib/schema/brand';
import { blankLabel } from '@/lib/templates/blanks';
import type { Comment } from '@/lib/schema/comment';
import type { Template } from '@/lib/schema/template';
import { lintReply, type LintIssue } from '@/lib/templates/lint';
import { renderTemplate, type RenderResult } from '@/lib/templates/render';
import { fillInFields, type FillInField } from '@/lib/templates/variables';

export interface PreparedReply {
  render: RenderResult;
  lint: LintIssue[];
  /**
   * Blanks to ask for before the reply can go in: the template's fill-in fields, then the variables
   * the brand has no value for (a typed value fills them too). Stable while values are typed.
   */
  fillIns: FillInField[];
  /** Ready to insert as is: no gap left. */
  ready: boolean;
}

/** Renders a template for a comment and lints the result against the brand's voice and the site. */
export function prepareReply(
  template: Template,
  comment: Comment,
  brand: Brand,
  options: { agentName: string; now: Date; fills?: Record<string, string>; gapMarker?: (name: string) => string },
): PreparedReply {
  const context = { comment, brand, agentName: options.agentName, platform: comment.platform, now: options.now, ...(options.gapMarker ? { gapMarker: options.gapMarker } : {}) };
  const render = renderTemplate(template, { ...context, fills: options.fills });
  // Missing variables from a render without the typed values, so a field stays while it is typed in.
  const bare = options.fills && Object.keys(options.fills).length > 0 ? renderTemplate(template, context) : render;
  const fields = fillInFields(template, comment.platform);
  const asked = new Set(fields.map((f) => f.name));
  const missing = bare.missing.filter((name) => !asked.has(name)).map((name) => ({ name, optional: false }));
  return {
    render,
    lint: lintText(render.text, brand, comment.platform, template.language),
    fillIns: [...fields, ...missing],
    ready: render.gaps.length === 0,
  };
}

export function lintText(text: string, brand: Brand, platform: Comment['platform'], language: 'fr' | 'en' | 'other'): LintIssue[] {
  return lintReply(text, { voice: brand.voice, platform, language });
}

/** A blank still to fill, as the reply shows it: its human label in brackets, "[Votre réponse à la question]". */
export function gapMarkerFor(t: Translate): (name: string) => string {
  return (name) => `[${blankLabel(t, name)}]`;
}
