import { DEFAULT_SETTINGS, SettingsSchema, type Settings } from '../schema/settings';
import { SETTINGS_KEY, type RiposteDB } from './database';
import { parseInput, parseRow } from './validate';
import type { z } from 'zod';

export type SettingsInput = z.input<typeof SettingsSchema>;

/** The settings, or the defaults when none were saved (or the saved row no longer parses). */
export async function getSettings(db: RiposteDB): Promise<Settings> {
  const row = await db.settings.get(SETTINGS_KEY);
  if (!row) return structuredClone(DEFAULT_SETTINGS);
  return parseRow(db, 'settings', SettingsSchema, row.value, () => SETTINGS_KEY) ?? structuredClone(DEFAULT_SETTINGS);
}

/** Replace the settings (defaults fill what is missing). */
export async function saveSettings(db: RiposteDB, settings: SettingsInput): Promise<Settings> {
  const value = parseInput(SettingsSchema, settings, 'settings');
  await db.settings.put({ key: SETTINGS_KEY, value });
  return value;
}

/** Change some settings, keeping the others; read and write in one transaction. */
export async function updateSettings(db: RiposteDB, patch: Partial<SettingsInput>): Promise<Settings> {
  return db.transaction('rw', db.settings, async () => saveSettings(db, { ...(await getSettings(db)), ...patch }));
}
