import type { Platform } from '../schema/platform';
import { facebook } from './facebook';
import { instagram } from './instagram';
import { linkedin } from './linkedin';
import type { SiteAdapter } from './types';
import { x } from './x';

/** Every site adapter, by platform. The meta-test checks each has FR and EN fixtures. */
export const ADAPTERS: Readonly<Record<Platform, SiteAdapter>> = { facebook, linkedin, instagram, x };
