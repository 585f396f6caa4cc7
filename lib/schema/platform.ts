import { z } from 'zod';

/** The four sites Riposte reads. Order is the display order in the UI. */
export const PLATFORMS = ['facebook', 'linkedin', 'instagram', 'x'] as const;
export const PlatformSchema = z.enum(PLATFORMS);
export type Platform = z.infer<typeof PlatformSchema>;

/** UI and content languages Riposte speaks. */
export const LanguageSchema = z.enum(['fr', 'en']);
export type Language = z.infer<typeof LanguageSchema>;
