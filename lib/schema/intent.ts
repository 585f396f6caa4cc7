import { z } from 'zod';

/**
 * What a comment is about, one layer finer than the triage labels: the situation a community
 * manager answers with a given template. Multi-intent: a late parcel chased for the third time is
 * `delivery-delay` + `repeated-contact`. The single source of truth: lib/triage/intents.ts detects
 * them, templates carry them, lib/templates/suggest.ts ranks on them.
 */
export const INTENTS = [
  'delivery-delay',
  'order-tracking',
  'refund-return',
  'damaged-product',
  'technical-problem',
  'stock-availability',
  'product-question',
  'price-b2b-gift-card',
  'partnership-creator',
  'crisis-rumour',
  'scam-report',
  'feedback-suggestion',
  'praise',
  'thanks-team-member',
  'urgent-out-of-hours',
  'repeated-contact',
  'moderation',
] as const;
export const IntentSchema = z.enum(INTENTS);
export type Intent = z.infer<typeof IntentSchema>;
