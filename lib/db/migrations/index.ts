import type Dexie from 'dexie';
import { V1_STORES } from './v1';
import { upgradeToV2, V2_STORES } from './v2';
import { V3_STORES } from './v3';
import { upgradeToV4, V4_STORES } from './v4';
import { V5_STORES } from './v5';
import { V6_STORES } from './v6';
import { upgradeToV7, V7_STORES } from './v7';
import { V8_STORES } from './v8';
import { upgradeToV9, V9_STORES } from './v9';
import { upgradeToV10, V10_STORES } from './v10';

/**
 * Every schema version, oldest first. Old declarations stay forever (Dexie needs them to know
 * what it upgrades from); each step after the first has a frozen upgrade function and a test in
 * tests/db/migrations.test.ts that opens a database of the previous version with data in it.
 */
export const SCHEMA_VERSIONS = [
  { version: 1, stores: V1_STORES },
  { version: 2, stores: V2_STORES, upgrade: upgradeToV2 },
  { version: 3, stores: V3_STORES },
  { version: 4, stores: V4_STORES, upgrade: upgradeToV4 },
  { version: 5, stores: V5_STORES },
  { version: 6, stores: V6_STORES },
  { version: 7, stores: V7_STORES, upgrade: upgradeToV7 },
  { version: 8, stores: V8_STORES },
  { version: 9, stores: V9_STORES, upgrade: upgradeToV9 },
  { version: 10, stores: V10_STORES, upgrade: upgradeToV10 },
] as const;

export const LATEST_SCHEMA_VERSION = 10;

/** Declare all versions on a Dexie instance, up to `upTo` (tests open older versions). */
export function declareSchema(db: Dexie, upTo: number = LATEST_SCHEMA_VERSION): void {
  for (const step of SCHEMA_VERSIONS) {
    if (step.version > upTo) break;
    const version = db.version(step.version).stores(step.stores);
    if ('upgrade' in step) version.upgrade(step.upgrade);
  }
}
