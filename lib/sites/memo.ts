import type { ExtractContext } from './types';

/**
 * Answers worked out once per scan. Reading one comment often asks about its neighbours (a reply's
 * parent, the toggle above a reply list, the post's header), and a scan of a thread asks the same
 * of each of them again; within one synchronous scan the page cannot change, so each answer is
 * kept for the rest of that scan. `readComments` gives each scan a fresh memo; a context without
 * one (an adapter called directly) computes every time.
 */
export type ScanMemo = Map<object, WeakMap<object, unknown>>;

export function newScanMemo(): ScanMemo {
  return new Map();
}

/** `compute()` for `key`, once per scan: `table` names what is computed (a module-level token). */
export function memoized<V>(ctx: Pick<ExtractContext, 'memo'> | undefined, table: object, key: object, compute: () => V): V {
  const memo = ctx?.memo;
  if (!memo) return compute();
  let answers = memo.get(table);
  if (!answers) {
    answers = new WeakMap();
    memo.set(table, answers);
  }
  if (answers.has(key)) return answers.get(key) as V;
  const value = compute();
  answers.set(key, value);
  return value;
}

/**
 * `compute()` for a text, once per scan: answers that depend on a string the page prints over and
 * over (the few ages a thread shows, "2h", "1d"). Kept in the scan's memo like `memoized`'s.
 */
export function memoizedByText<V>(ctx: Pick<ExtractContext, 'memo'> | undefined, table: object, key: string, compute: () => V): V {
  const memo = ctx?.memo;
  if (!memo) return compute();
  const answers = memoized(ctx, table, memo, () => new Map<string, V>());
  if (answers.has(key)) return answers.get(key) as V;
  const value = compute();
  answers.set(key, value);
  return value;
}
