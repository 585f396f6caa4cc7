import { z } from 'zod';
import { DEFAULT_TRIAGE_CONFIG, TriageConfigSchema } from '../triage/config';

export const DepartmentSchema = z.object({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  name: z.string().min(1),
  /** Where hand-offs go; empty means "copy the ticket text" instead of a mailto: link. */
  email: z.union([z.email(), z.literal('')]).default(''),
});
export type Department = z.infer<typeof DepartmentSchema>;

export const DEFAULT_DEPARTMENTS: Department[] = [
  { id: 'after-sales', name: 'SAV / After-sales', email: '' },
  { id: 'product', name: 'Produit / Product', email: '' },
  { id: 'sales', name: 'Ventes / Sales', email: '' },
  { id: 'press', name: 'Presse & RP / Press & PR', email: '' },
  { id: 'legal', name: 'Juridique / Legal', email: '' },
];

/** Each default department's name in each UI language; the stored default names carry both halves. */
const DEFAULT_DEPARTMENT_NAMES: Record<string, { fr: string; en: string }> = {
  'after-sales': { fr: 'SAV', en: 'After-sales' },
  product: { fr: 'Produit', en: 'Product' },
  sales: { fr: 'Ventes', en: 'Sales' },
  press: { fr: 'Presse & RP', en: 'Press & PR' },
  legal: { fr: 'Juridique', en: 'Legal' },
};

/**
 * A department's name as the user reads it: a default department still bearing its bilingual
 * default name ("SAV / After-sales") is named in the UI language ("SAV"); a name the user chose is
 * kept as written.
 */
export function departmentName(department: Pick<Department, 'id' | 'name'>, language: 'fr' | 'en'): string {
  const names = DEFAULT_DEPARTMENT_NAMES[department.id];
  const isDefault = DEFAULT_DEPARTMENTS.some((d) => d.id === department.id && d.name === department.name);
  return names && isDefault ? names[language] : department.name;
}

/** Extension-wide settings (one row). Per-brand things live on the Brand. */
export const SettingsSchema = z.object({
  /** `auto` follows the browser's language. */
  uiLanguage: z.enum(['auto', 'fr', 'en']).default('auto'),
  activeBrandId: z.string().optional(),
  /** Name used by `{{agent}}` in templates. */
  agentName: z.string().default(''),
  departments: z.array(DepartmentSchema).default(DEFAULT_DEPARTMENTS),
  /** Response-time target: a reply within this many minutes counts as on time. */
  slaMinutes: z.number().int().positive().default(60),
  /** Logged data older than this is purged automatically; 0 keeps everything. */
  retentionDays: z.number().int().nonnegative().default(365),
  onboarded: z.boolean().default(false),
  /** Influencer tiers, priority weights and bad-buzz thresholds (all user-adjustable). */
  triage: TriageConfigSchema.default(DEFAULT_TRIAGE_CONFIG),
});
export type Settings = z.infer<typeof SettingsSchema>;
export const DEFAULT_SETTINGS: Settings = SettingsSchema.parse({});
