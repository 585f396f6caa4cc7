import type { MeasureOptions } from './stats';

/** What every figure gets: run counts, the comment corpus and a progress line printer. */
export interface BenchContext {
  runs: MeasureOptions;
  /** FR/EN comment texts (the triage evaluation set). */
  texts: readonly string[];
  log(message: string): void;
}
