import type { Transaction } from 'dexie';

/**
 * Schema version 2 — FROZEN once released. What it changes:
 * - comments and interactions gain `authorKey` (who wrote the comment), backfilled, so that
 *   "forget this author" and per-author history are index lookups instead of full scans;
 * - a new `authors` table (notes, watch kind, counters), built from the comments already logged;
 * - comments gain the panel's summary fields (`interactionCount`, `firstRepliedAt`,
 *   `lastTemplateId`, `lastDepartment`), backfilled from the log;
 * - compound indexes for the report and history queries: [brandId+at], [commentId+at],
 *   [brandId+firstSeenAt], [brandId+status].
 *
 * Migration code imports nothing from the app (habit 6): the key function below is a frozen copy
 * of `authorKeyOf` as it was at v2, so later edits to the app cannot change what this step did.
 * Only the tables whose indexes change are restated; Dexie carries the others over.
 */
export const V2_STORES = {
  comments:
    'id, brandId, postUrl, platform, status, firstSeenAt, lastSeenAt, authorKey, [brandId+firstSeenAt], [brandId+status]',
  interactions:
    'id, commentId, brandId, kind, at, platform, postUrl, authorKey, [brandId+at], [commentId+at]',
  authors: 'key, platform, watch, lastSeenAt',
} as const;

interface V1Author {
  name: string;
  handle?: string;
  profileUrl?: string;
  verified?: boolean;
  followers?: number;
}
interface V1Comment {
  id: string;
  platform: string;
  author: V1Author;
  firstSeenAt: string;
  lastSeenAt: string;
  [field: string]: unknown;
}
interface V1Interaction {
  id: string;
  commentId: string;
  platform: string;
  kind: string;
  at: string;
  templateId?: string;
  department?: string;
  [field: string]: unknown;
}

function authorKeyV2(platform: string, author: V1Author): string {
  const handle = author.handle?.trim().replace(/^@/, '').toLowerCase();
  if (handle) return `${platform}:${handle}`;
  if (author.profileUrl) {
    const url = new URL(author.profileUrl);
    return `${platform}:${url.host.toLowerCase()}${url.pathname.replace(/\/+$/, '').toLowerCase()}`;
  }
  return `${platform}:name:${author.name.normalize('NFC').trim().toLowerCase()}`;
}

interface Summary {
  count: number;
  firstRepliedAt?: string;
  lastTemplateId?: string;
  lastTemplateAt?: string;
  lastDepartment?: string;
  lastDepartmentAt?: string;
}

export async function upgradeToV2(tx: Transaction): Promise<void> {
  // 1. Summaries per comment, from the log (read once, in time order).
  const summaries = new Map<string, Summary>();
  const interactions = (await tx.table('interactions').toArray()) as V1Interaction[];
  interactions.sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0));
  for (const row of interactions) {
    const s = summaries.get(row.commentId) ?? { count: 0 };
    s.count += 1;
    if (row.kind === 'replied') {
      s.firstRepliedAt ??= row.at;
      if (row.templateId) s.lastTemplateId = row.templateId;
    }
    if (row.kind === 'escalated' && row.department) s.lastDepartment = row.department;
    summaries.set(row.commentId, s);
  }

  // 2. Comments: authorKey + summary fields; collect authors on the way.
  const keyByComment = new Map<string, string>();
  const authors = new Map<string, Record<string, unknown>>();
  // A row this step cannot convert (an author missing or null, a numeric handle, a profile link that
  // is no URL, no name) is quarantined — kept whole in `meta` under QUARANTINE_PREFIX, out of the
  // log — and the upgrade carries on: one bad row must not leave the database unopenable.
  const quarantined: Array<{ key: string; value: unknown }> = [];
  await tx
    .table('comments')
    .toCollection()
    .modify((row: V1Comment, ctx: { value: unknown }) => {
      let key: string;
      try {
        key = authorKeyV2(row.platform, row.author);
      } catch (error) {
        quarantined.push(quarantineEntry('comments', row, error));
        delete (ctx as { value?: unknown }).value;
        return;
      }
      keyByComment.set(row.id, key);
      row.authorKey = key;
      const s = summaries.get(row.id);
      row.interactionCount = s?.count ?? 0;
      if (s?.firstRepliedAt) row.firstRepliedAt = s.firstRepliedAt;
      if (s?.lastTemplateId) row.lastTemplateId = s.lastTemplateId;
      if (s?.lastDepartment) row.lastDepartment = s.lastDepartment;

      const known = authors.get(key);
      if (!known) {
        authors.set(key, {
          key,
          platform: row.platform,
          name: row.author.name,
          ...(row.author.handle ? { handle: row.author.handle } : {}),
          ...(row.author.profileUrl ? { profileUrl: row.author.profileUrl } : {}),
          verified: row.author.verified ?? false,
          ...(row.author.followers !== undefined ? { followers: row.author.followers } : {}),
          notes: '',
          firstSeenAt: row.firstSeenAt,
          lastSeenAt: row.lastSeenAt,
          commentCount: 1,
        });
        return;
      }
      known.commentCount = (known.commentCount as number) + 1;
      if (row.firstSeenAt < (known.firstSeenAt as string)) known.firstSeenAt = row.firstSeenAt;
      if (row.lastSeenAt > (known.lastSeenAt as string)) {
        // The most recent sighting carries the freshest name and follower count.
        known.lastSeenAt = row.lastSeenAt;
        known.name = row.author.name;
        if (row.author.followers !== undefined) known.followers = row.author.followers;
      }
    });

  // 3. Interactions: the author of their comment. A v1 log row without its comment (not
  // expected, but kept rather than dropped) gets a key that names the comment instead.
  await tx
    .table('interactions')
    .toCollection()
    .modify((row: V1Interaction) => {
      row.authorKey = keyByComment.get(row.commentId) ?? `${row.platform}:comment:${row.commentId}`;
    });

  await tx.table('authors').bulkPut([...authors.values()]);
  if (quarantined.length > 0) await tx.table('meta').bulkPut(quarantined);
}

/** Key prefix of the rows an upgrade could not convert, in the `meta` table (lib/db/quarantine.ts reads them). */
export const QUARANTINE_PREFIX = 'quarantine:';

/** A meta row holding the unconvertible row as JSON, with where it came from and why. */
function quarantineEntry(table: string, row: unknown, error: unknown): { key: string; value: unknown } {
  const id = typeof row === 'object' && row !== null ? (row as { id?: unknown }).id : undefined;
  let copy: unknown;
  try {
    copy = JSON.parse(JSON.stringify(row)) as unknown;
  } catch {
    copy = String(row);
  }
  return {
    key: `${QUARANTINE_PREFIX}v2:${table}:${String(id)}`,
    value: { table, id: String(id), step: 2, reason: error instanceof Error ? error.message : String(error), row: copy ?? null },
  };
}
