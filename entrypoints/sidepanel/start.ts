import { earlySnapshot } from './early-snapshot';

// The tab's snapshot is asked for first; the panel itself (React, zod, triage) loads after.
earlySnapshot();
void import('./main');
