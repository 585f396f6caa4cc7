import type { Brand } from '@/lib/schema/brand';
import type { Comment } from '@/lib/schema/comment';
import type { Template } from '@/lib/schema/template';
import { lintReply, type LintIssue } from '@/lib/templates/lint';
import { renderTemplate, type RenderResult } from '@/lib/templates/render';
import { fillInFields, type FillInField } from '@/lib/templates/variables';

export interface PreparedReply {
  render: RenderResult;
  lint: LintIssue[];
  /** Fill-in fields still to ask for before the reply can go in. */
  fillIns: FillInField[];
  /** Ready to insert as is: no gap left. */
  ready: boolean;
}

/** Renders a template for a comment and lints the result against the brand's voice and the site. */
export function prepareReply(
  template: Template,
  comment: Comment,
  brand: Brand,
  options: { agentName: string; now: Date; fills?: Record<string, string> },
): PreparedReply {
  const render = renderTemplate(template, {
    comment,
    brand,
    agentName: options.agentName,
    platform: comment.platform,
    now: options.now,
    fills: options.fills,
  });
  return {
    render,
    lint: lintText(render.text, brand, comment.platform, template.language),
    fillIns: fillInFields(template, comment.platform),
    ready: render.gaps.length === 0,
  };
}

export function lintText(text: string, brand: Brand, platform: Comment['platform'], language: 'fr' | 'en' | 'other'): LintIssue[] {
  return lintReply(text, { voice: brand.voice, platform, language });
}
