import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useContext, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { useActiveBrand, useDb, useSettings } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { markBrandComments } from '@/lib/audience/own-brand';
import { statusesFor, type CommentStatusSummary } from '@/lib/db/interactions';
import { listTemplates } from '@/lib/db/templates';
import {
  answeredOnPageIds,
  brandRepliesByParent,
  filterCounts,
  matchesFilter,
  orderQueue,
  type QueueFilter,
  type QueueItem,
} from '@/lib/panel/queue';
import type { TabComments } from '@/lib/panel/tab-comments';
import { firstCards, type PageTriage, type TriageOptions } from '@/lib/panel/triage-comments';
import type { Brand } from '@/lib/schema/brand';
import type { Comment } from '@/lib/schema/comment';
import { departmentName as nameOfDepartment, type Settings } from '@/lib/schema/settings';
import { templateChoices } from '@/lib/db/template-history';
import { prepareHistory } from '@/lib/templates/history';
import { prepareTemplates } from '@/lib/templates/suggest';
import { usePanelActions } from './actions';
import { BrandSwitcher } from './BrandSwitcher';
import { BuzzBanner } from './BuzzBanner';
import { CommentWorkbench, suggestionsFor, type WorkbenchMode } from './CommentWorkbench';
import { useIntentModel } from './intent-model';
import { FilterChips } from './FilterChips';
import { QueueList } from './QueueList';
import { QueueLayoutContext } from './queue-layout';
import { afterPaint, whenIdle } from './idle';
import { LayoutReportButton } from './LayoutReportButton';
import { ReadAllButton } from './ReadAllButton';
import { SnapshotButton } from './SnapshotButton';
import { profileHandleOf } from '@/lib/sites/profile';
import { StatusLine } from './StatusLine';
import { TemplateSearch } from './TemplateSearch';
import { useCommentActions } from './use-comment-actions';
import { prepareReply } from './reply-context';

/** Triage of the page's comments for one brand (lib/panel/triage-comments.ts in the extension). */
export type TriageFn = (
  comments: readonly Comment[],
  brand: Brand,
  settings: Settings,
  now: Date,
  /** What the log holds of these comments: its classification is the one shown. */
  logged?: ReadonlyMap<string, CommentStatusSummary>,
  /** Progressive triage: only the top of the queue now, the rest through `more` (lib/panel/triage-comments.ts). */
  options?: Pick<TriageOptions, 'defer'>,
) => PageTriage;

export interface PanelAppProps {
  tab: TabComments;
  now: Date;
  triage: TriageFn;
}

export function PanelApp({ tab, now, triage }: PanelAppProps) {
  const { t } = useI18n();
  const brand = useActiveBrand();
  const browserActions = usePanelActions();
  return (
    <div className="panel">
      <header className="panel__bar">
        <h1 className="panel__title">{t('app.name')}</h1>
        {brand && <BrandSwitcher activeBrandId={brand.id} />}
        <button type="button" className="button button--ghost" onClick={() => browserActions.openOptions()}>
          {t('common.openOptions')}
        </button>
      </header>
      <StatusLine tab={tab} />
      {/* Any page of the four sites: a layout is worth reporting most when nothing could be read. */}
      {tab.phase === 'live' && (
        <div className="panel__tools">
          <ReadAllButton tab={tab} />
          <LayoutReportButton />
        </div>
      )}
      {brand === null && (
        <div className="empty">
          <p>{t('panel.noBrand')}</p>
          <button type="button" className="button button--primary" onClick={() => browserActions.openOptions()}>
            {t('panel.setUpBrand')}
          </button>
        </div>
      )}
      {/* Only on a profile or page header: elsewhere there is nothing to take a snapshot of. */}
      {brand && tab.phase === 'live' && tab.url && profileHandleOf(tab.url) && <SnapshotButton />}
      {brand && <Queue tab={tab} now={now} brand={brand} triage={triage} />}
    </div>
  );
}

const NO_IDS: readonly string[] = [];
const NO_COMMENTS: readonly Comment[] = [];

function isTyping(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));
}

function Queue({ tab, now, brand, triage }: { tab: TabComments; now: Date; brand: Brand; triage: TriageFn }) {
  const { t, language } = useI18n();
  const db = useDb();
  const { settings } = useSettings();
  const actions = useCommentActions(brand, settings);
  // The brand's own comments are its configured accounts', not whatever the page marks (lib/audience/own-brand.ts).
  const comments = useMemo(() => markBrandComments(brand, [...tab.byId.values()]), [tab.byId, brand]);
  const ids = useMemo(() => comments.map((c) => c.id), [comments]);
  const layout = useContext(QueueLayoutContext);
  const first = Math.ceil(layout.viewportHeight / layout.rowHeight) + layout.overscan;
  // The log is read first for the cards a first render draws, then for the whole page (IndexedDB
  // answers in order: asked together, the few would wait for the many). Each read is tagged with the
  // ids it was made for; the last whole read stands for the comments it holds until the next one.
  const [read, setRead] = useState<{ ids: readonly string[]; statuses: Map<string, CommentStatusSummary> }>();
  const covered = useMemo(() => {
    const readIds = new Set(read?.ids);
    return ids.some((id) => readIds.has(id));
  }, [read, ids]);
  const firstIds = useMemo(() => (covered ? NO_IDS : firstCards(comments, brand, settings, now, first)), [covered, comments, brand, settings, now, first]);
  // Asked as soon as the first cards are known, not after this render is painted (as an effect
  // would); read once, the whole page's read (made again after every write) follows it.
  const firstReading = useMemo(
    () =>
      statusesFor(db, firstIds).then(
        (statuses) => ({ ids: firstIds, statuses }),
        // Unreadable: the whole page's read goes ahead, and says what is wrong if it fails too.
        () => ({ ids: firstIds, statuses: new Map<string, CommentStatusSummary>() }),
      ),
    [db, firstIds],
  );
  const [firstKept, setFirstKept] = useState<typeof read>();
  useLayoutEffect(() => {
    let current = true;
    void firstReading.then((reading) => current && setFirstKept(reading));
    return () => {
      current = false;
    };
  }, [firstReading]);
  const firstDone = firstKept?.ids === firstIds;
  // Asked once the panel's first cards are painted (its rows are parsed on this thread); later, at
  // once, so that reports arriving in a row never keep putting it off. An empty page paints no card.
  const [painted, setPainted] = useState(false);
  const hasComments = ids.length > 0;
  useEffect(() => (firstDone && hasComments && !painted ? afterPaint(() => setPainted(true)) : undefined), [firstDone, hasComments, painted]);
  const wholeReady = painted;
  const wholeRead = useLiveQuery(async () => (wholeReady ? { ids, statuses: await statusesFor(db, ids) } : undefined), [db, ids, wholeReady]);
  if (wholeRead && wholeRead !== read) setRead(wholeRead);
  const whole = read?.ids === ids;
  // A comment whose log is not read yet is shown unclassified, as not handled: an answered or closed
  // one would otherwise show as waiting, and one the log has classified would be classified again.
  // The whole page's read, made again after every write, wins over the first cards' one.
  const { statuses, unread } = useMemo(() => {
    if (whole) return { statuses: read.statuses, unread: undefined };
    const readIds = new Set([...(read?.ids ?? []), ...(firstKept?.ids ?? [])]);
    return {
      statuses: new Map([...(firstKept?.statuses ?? []), ...(read?.statuses ?? [])]),
      unread: new Set(ids.filter((id) => !readIds.has(id))),
    };
  }, [whole, read, firstKept, ids]);
  // Nothing is drawn before the log is read for at least the first cards.
  const known = !unread || unread.size < ids.length ? comments : NO_COMMENTS;
  const templates = useLiveQuery(() => listTemplates(db, brand.id), [db, brand.id]);
  // Prepared once the first cards are painted, as the whole page's log read (tens of ms for a
  // brand's set): the selected card's suggestions follow its first paint by a frame instead of
  // holding it up, whichever of the log and the templates the database answers first.
  const prepared = useMemo(() => (painted && templates ? prepareTemplates(templates) : undefined), [painted, templates]);
  const choices = useLiveQuery(() => templateChoices(db, brand.id), [db, brand.id]);
  const history = useMemo(() => prepareHistory(choices ?? []), [choices]);
  // The suggestions' learned layer (the workbench starts its load with the templates): the 1–3 keys wait for it too.
  const intentModel = useIntentModel(prepared !== undefined);
  // Each idle slice of classification bumps `round`, for the queue to be triaged again with it.
  const [round, setRound] = useState(0);
  const { views, buzz, unsettled, more } = useMemo(
    () => triage(known, brand, settings, now, statuses, { defer: { first, ...(unread ? { unread } : {}) } }),
    // `round` stands for the classifications the idle slices added to triage's own cache.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [triage, known, brand, settings, now, statuses, unread, first, round],
  );
  useEffect(() => {
    if (!more) return undefined;
    return whenIdle((timeUp) => {
      more(timeUp);
      setRound((r) => r + 1);
    });
  }, [more]);

  // Once per list: the queue below is built again after the first cards' and each idle slice's triage.
  const { answered, replies } = useMemo(() => ({ answered: answeredOnPageIds(comments), replies: brandRepliesByParent(comments) }), [comments]);
  const items = useMemo<QueueItem[]>(() => {
    const list: QueueItem[] = [];
    for (const comment of comments) {
      const view = views.get(comment.id);
      if (!view) continue;
      const status = statuses?.get(comment.id);
      const brandReplies = replies.get(comment.id);
      list.push({
        comment,
        triage: view,
        answeredOnPage: answered.has(comment.id),
        ...(status ? { status } : {}),
        ...(brandReplies ? { brandReplies } : {}),
      });
    }
    return orderQueue(list);
  }, [comments, views, statuses, answered, replies]);

  const [filter, setFilter] = useState<QueueFilter>('unanswered');
  const [buzzOnly, setBuzzOnly] = useState(false);
  const visible = useMemo(() => {
    const buzzIds = new Set(buzz.commentIds);
    return items.filter((item) => (buzzOnly ? buzzIds.has(item.comment.id) : matchesFilter(item, filter)));
  }, [items, filter, buzzOnly, buzz.commentIds]);
  const counts = useMemo(() => filterCounts(items), [items]);

  const [selectedId, setSelectedId] = useState<string | undefined>();
  const [mode, setMode] = useState<WorkbenchMode>({ kind: 'suggestions' });
  const selected = visible.find((i) => i.comment.id === selectedId) ?? visible[0];
  const select = useCallback((id: string) => {
    setSelectedId(id);
    setMode({ kind: 'suggestions' });
  }, []);

  /**
   * After a resolve or ignore the comment leaves the queue: the selection moves on to the comment
   * that came after it (or the one before, at the end), never back to the top (issue 18).
   */
  // Comments just closed whose new status the log has not reported yet: never moved on to.
  const closing = useRef(new Set<string>());
  const advanceFrom = useCallback(
    (id: string) => {
      const open = visible.filter((i) => i.comment.id === id || !closing.current.has(i.comment.id));
      const index = open.findIndex((i) => i.comment.id === id);
      const next = index < 0 ? undefined : (open[index + 1] ?? open[index - 1]);
      if (next) select(next.comment.id);
    },
    [visible, select],
  );
  const close = useCallback(
    (item: QueueItem, kind: 'resolved' | 'ignored') => {
      advanceFrom(item.comment.id);
      closing.current.add(item.comment.id);
      return actions.mark(item, kind);
    },
    [advanceFrom, actions],
  );
  const workbenchActions = useMemo<typeof actions>(
    () => ({
      ...actions,
      mark: (item, kind) => {
        if (kind === 'resolved' || kind === 'ignored') return close(item, kind);
        closing.current.delete(item.comment.id);
        return actions.mark(item, kind);
      },
    }),
    [actions, close],
  );

  const departmentName = useCallback(
    (id: string) => {
      const department = settings.departments.find((d) => d.id === id);
      return department ? nameOfDepartment(department, language) : id;
    },
    [settings.departments, language],
  );

  // Keyboard: move through the queue, insert suggestion 1–3, copy, escalate, mark answered, resolve, ignore, locate.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (isTyping(event.target) || event.ctrlKey || event.metaKey || event.altKey) return;
      const index = selected ? visible.indexOf(selected) : -1;
      const move = (delta: number) => {
        const next = visible[Math.min(visible.length - 1, Math.max(0, index + delta))];
        if (next) select(next.comment.id);
      };
      if (!selected) return;
      // The brand's own comment: only moving through the queue applies, nothing to answer or close.
      const own = selected.comment.isOwnBrand === true;
      /** Suggestion `n` (0-based), rendered for this person, inserted or copied; its editor when a blank is left. */
      const takeSuggestion = (n: number, put: 'insert' | 'copy'): boolean => {
        const suggestion = prepared && intentModel !== undefined && suggestionsFor(selected, brand, prepared, now, history, intentModel)[n];
        if (!suggestion) return false;
        const reply = prepareReply(suggestion.template, selected.comment, brand, { agentName: settings.agentName, now });
        if (reply.ready) void actions[put](selected, reply.render.text, suggestion.template);
        else setMode({ kind: 'edit', template: suggestion.template });
        return true;
      };
      const handled = (() => {
        if (own && !['ArrowDown', 'ArrowUp', 'j', 'k', 'l'].includes(event.key)) return false;
        switch (event.key) {
          case 'ArrowDown':
          case 'j':
            move(1);
            return true;
          case 'ArrowUp':
          case 'k':
            move(-1);
            return true;
          case '1':
          case '2':
          case '3':
            return takeSuggestion(Number(event.key) - 1, 'insert');
          case 'e':
            setMode({ kind: 'escalate' });
            return true;
          case 'a':
            // Already answered (on the page or by hand): nothing to mark.
            if (selected.status?.status === 'replied' || selected.answeredOnPage) return false;
            void actions.mark(selected, 'replied');
            return true;
          case 'r':
            void close(selected, 'resolved');
            return true;
          case 'i':
            void close(selected, 'ignored');
            return true;
          case 'c':
            // Copies the selected comment's first suggestion (the one 1 inserts).
            return takeSuggestion(0, 'copy');
          case 'l':
            void actions.locate(selected);
            return true;
          case 'Escape':
            setMode({ kind: 'suggestions' });
            return true;
          default:
            return false;
        }
      })();
      if (handled) event.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [selected, visible, select, prepared, history, intentModel, brand, settings.agentName, now, actions, close]);

  return (
    <>
      <BuzzBanner
        buzz={buzz}
        onShow={() => {
          setBuzzOnly(true);
        }}
      />
      {actions.notice && (
        <p className={`notice notice--${actions.notice.tone}`} role="status">
          {actions.notice.text}
          {actions.notice.undoable && (
            <button
              type="button"
              className="button"
              onClick={() => {
                const item = actions.notice?.undoable;
                void actions.undo();
                if (item) {
                  closing.current.delete(item.comment.id);
                  select(item.comment.id);
                }
              }}
            >
              {t('action.undo')}
            </button>
          )}
          <button type="button" className="button button--ghost" aria-label={t('common.close')} onClick={actions.dismissNotice}>
            ×
          </button>
        </p>
      )}
      {items.length > 0 && (
        <>
          <FilterChips
            counts={counts}
            value={filter}
            onChange={(f) => {
              setBuzzOnly(false);
              setFilter(f);
            }}
          />
          {/* The chips count only what is classified: say so while the rest is being sorted. */}
          {unsettled > 0 && (
            <p className="hint hint--sorting" role="status">
              {t('panel.sorting', { count: unsettled })}
            </p>
          )}
          <TemplateSearch templates={templates ?? []} onPick={(template) => setMode({ kind: 'edit', template })} />
          <p className="hint hint--keys">{t('panel.keyboardHelp')}</p>
        </>
      )}
      {visible.length === 0 ? (
        tab.phase === 'live' && <p className="empty">{t('panel.empty')}</p>
      ) : (
        <QueueList
          items={visible}
          selectedId={selected?.comment.id}
          now={now}
          departmentName={departmentName}
          onSelect={select}
          renderWorkbench={(item) =>
            item.comment.isOwnBrand ? null : (
              <CommentWorkbench item={item} brand={brand} settings={settings} templates={prepared} history={history} now={now} actions={workbenchActions} mode={mode} setMode={setMode} />
            )
          }
        />
      )}
    </>
  );
}
