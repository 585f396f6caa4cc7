import { useCallback, useEffect } from 'react';
import { useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { useMountedState } from './use-mounted-state';
import { commentHistory } from '@/lib/db/interactions';
import { saveBrand } from '@/lib/db/brands';
import { buildHandoff } from '@/lib/handoff';
import { correctionToLexiconEntry, mergeLexiconEntry } from '@/lib/triage';
import { withCompetitorAccount } from '@/lib/triage/competitors';
import type { CorrectionInput } from './CorrectionForm';
import type { QueueItem } from '@/lib/panel/queue';
import type { Brand } from '@/lib/schema/brand';
import type { InteractionInput, InteractionKind, ReplySource } from '@/lib/schema/interaction';
import type { Department, Settings } from '@/lib/schema/settings';
import type { Template } from '@/lib/schema/template';
import { usePanelActions, type InsertMode } from './actions';
import { passedOverFor } from './shown-suggestions';
import type { Translate } from '@/lib/i18n';
import type { InsertReply } from '@/lib/messaging/protocol';

export interface Notice {
  tone: 'ok' | 'warning' | 'error';
  text: string;
  /** A status change that "Annuler" can take back (by logging a reopen) while the notice shows. */
  undoable?: QueueItem;
}

/** A reply held back because the site's box already holds a draft: the panel asks what to do with it. */
export interface OccupiedBox {
  item: QueueItem;
  text: string;
  template: Template | undefined;
  /** The draft in the box. */
  existing: string;
  /** The reply was changed by hand in the editor. */
  edited: boolean;
}

/** How long "Annuler" stays offered after a status change. */
export const UNDO_MS = 8000;

/**
 * Everything a community manager does to a comment, each logged in the interaction log with a
 * timestamp so response times and reports come for free. Returns a notice to show after each action.
 * Inserting puts a draft in the site's reply box (`inserted`): Riposte never posts, so the comment is
 * answered only when the brand's reply is read on the page, or when it is marked answered. Template
 * uses are counted by the log itself (`logInteractions`), once per draft.
 */
export function useCommentActions(brand: Brand, settings: Settings) {
  const db = useDb();
  const browserActions = usePanelActions();
  const { t, language } = useI18n();
  // Actions settle after a round trip: the panel may have moved on by then (useMountedState).
  const [notice, setNotice] = useMountedState<Notice | undefined>(undefined);
  const [occupied, setOccupied] = useMountedState<OccupiedBox | undefined>(undefined);

  /**
   * The background is the log's only writer: actions go to it as messages (`PanelActions.log`). The
   * panel reads the log directly (statuses, history) and saves brands and settings itself: those are
   * not the log.
   */
  /** Logs one action; resolves to false when the background did not store it (someone forgotten on request). */
  const send = useCallback(
    async (input: InteractionInput): Promise<boolean> => {
      if (!browserActions.log) throw new Error(t('result.failed', { reason: 'log' }));
      const outcome = await browserActions.log([input]);
      return !(outcome && outcome.notStored?.includes(input.commentId));
    },
    [browserActions, t],
  );

  /** The notice after an action, saying so when nothing of it was stored. */
  const told = useCallback(
    (stored: boolean, notice: Notice): Notice => (stored ? notice : { tone: 'warning', text: `${notice.text} ${t('result.notStored')}` }),
    [t],
  );

  const log = useCallback(
    async (
      item: QueueItem,
      kind: Exclude<InteractionKind, 'seen'>,
      extra: { templateId?: string; finalText?: string; department?: string; note?: string; source?: ReplySource; edited?: true } = {},
    ) => {
      // A draft from a template other than the first suggestion: the ones above it were passed over.
      const passedOver = kind === 'inserted' || kind === 'copied' ? passedOverFor(item.comment.id, extra.templateId) : undefined;
      return send({
        commentId: item.comment.id,
        kind,
        at: new Date().toISOString(),
        comment: item.comment,
        brandId: brand.id,
        labels: [...item.triage.labels],
        ...extra,
        ...(passedOver ? { passedOver } : {}),
      });
    },
    [send, brand.id],
  );

  const fail = useCallback((error: unknown) => {
    setNotice({ tone: 'error', text: error instanceof Error ? error.message : String(error) });
  }, [setNotice]);

  const insert = useCallback(
    async (item: QueueItem, text: string, template: Template | undefined, mode: InsertMode = 'ask', edited = false) => {
      try {
        const result = await browserActions.insert(item.comment.id, text, mode);
        if (result.method === 'occupied') {
          // Nothing was touched: the community manager chooses (resolveOccupied) and the reply is sent again.
          setOccupied({ item, text, template, existing: result.existing ?? '', edited });
          return;
        }
        if (result.method === 'failed') {
          setNotice({ tone: 'error', text: t('result.failed', { reason: insertProblemText(t, result) }) });
          return;
        }
        const templateId = template?.id;
        const stored = await log(item, result.method === 'inserted' ? 'inserted' : 'copied', { finalText: text, ...(templateId ? { templateId } : {}), ...(edited ? { edited } : {}) });
        setNotice(
          told(
            stored,
            result.method === 'inserted'
              ? { tone: 'ok', text: t('result.inserted') }
              : { tone: 'warning', text: t('result.copied', { reason: insertProblemText(t, result) }) },
          ),
        );
      } catch (error) {
        fail(error);
      }
    },
    [browserActions, log, told, t, fail, setNotice, setOccupied],
  );

  const copy = useCallback(
    async (item: QueueItem, text: string, template: Template | undefined, edited = false) => {
      try {
        if (!(await browserActions.copy(text))) throw new Error(t('result.failed', { reason: 'clipboard' }));
        const stored = await log(item, 'copied', { finalText: text, ...(template ? { templateId: template.id } : {}), ...(edited ? { edited } : {}) });
        setNotice(told(stored, { tone: 'ok', text: t('result.copiedOnly') }));
      } catch (error) {
        fail(error);
      }
    },
    [browserActions, log, told, t, fail, setNotice],
  );

  const escalate = useCallback(
    async (item: QueueItem, department: Department, note: string) => {
      try {
        const history = await commentHistory(db, item.comment.id);
        const handoff = buildHandoff(
          { ...item.comment, labels: item.triage.labels, sentiment: item.triage.sentiment },
          history,
          department,
          note,
          { language, brandName: brand.name, departments: settings.departments },
        );
        if (handoff.mailto) browserActions.openUrl(handoff.mailto);
        // No address, or a body too long for a mailto: link: the full ticket goes to the clipboard.
        const copied = (!handoff.mailto || handoff.truncated) && (await browserActions.copy(handoff.ticket));
        const stored = await log(item, 'escalated', { department: department.id, ...(note ? { note } : {}) });
        setNotice(
          told(stored, {
            tone: 'ok',
            text: `${t('result.escalated', { department: department.name })}${copied ? ` ${t('result.ticketCopied')}` : ''}`,
          }),
        );
      } catch (error) {
        fail(error);
      }
    },
    [db, language, brand.name, settings.departments, browserActions, log, told, t, fail, setNotice],
  );

  /**
   * Resolve, ignore, reopen, or mark answered (the reply went out outside Riposte's sight). Resolve,
   * ignore and mark answered can be taken back for a few seconds ("Annuler": a reopen is logged,
   * nothing erased; a marked answer taken back no longer counts as an answer, see buildTimelines).
   */
  const mark = useCallback(
    async (item: QueueItem, kind: 'resolved' | 'ignored' | 'reopened' | 'replied') => {
      try {
        const stored = await log(item, kind, kind === 'replied' ? { source: 'marked' } : {});
        if (kind === 'reopened') {
          setNotice(told(stored, { tone: 'ok', text: t('result.reopened') }));
          return;
        }
        const done: Notice = { tone: 'ok', text: t(kind === 'replied' ? 'result.markedReplied' : kind === 'resolved' ? 'result.resolved' : 'result.ignored') };
        // Nothing stored, nothing to take back: no "Annuler".
        setNotice(stored ? { ...done, undoable: item } : told(false, done));
      } catch (error) {
        fail(error);
      }
    },
    [log, told, t, fail, setNotice],
  );

  /** The answer to "the box holds a draft": replace it, add after it, or (undefined) cancel the insert. */
  const resolveOccupied = useCallback(
    async (choice: Exclude<InsertMode, 'ask'> | undefined) => {
      const pending = occupied;
      setOccupied(undefined);
      if (pending && choice) await insert(pending.item, pending.text, pending.template, choice, pending.edited);
    },
    [occupied, insert, setOccupied],
  );

  /**
   * A private note on the comment ("client VIP, rappelé le 12"): logged as `noted`, so it stays in
   * the comment's history and the export; it never changes the status. Resolves to whether it was saved.
   */
  const note = useCallback(
    async (item: QueueItem, text: string): Promise<boolean> => {
      const trimmed = text.trim();
      if (!trimmed) return false;
      try {
        const stored = await log(item, 'noted', { note: trimmed });
        setNotice(stored ? { tone: 'ok', text: t('result.noted') } : { tone: 'warning', text: t('result.notStored') });
        return stored;
      } catch (error) {
        fail(error);
        return false;
      }
    },
    [log, t, fail, setNotice],
  );

  /** Takes back the last resolve, ignore or mark answered, while it is offered. */
  const undo = useCallback(async () => {
    const item = notice?.undoable;
    if (item) await mark(item, 'reopened');
  }, [notice, mark]);

  // The offer to undo lasts a few seconds; the notice goes with it.
  useEffect(() => {
    if (!notice?.undoable) return;
    const timer = setTimeout(() => setNotice((current) => (current === notice ? undefined : current)), UNDO_MS);
    return () => clearTimeout(timer);
  }, [notice, setNotice]);

  const locate = useCallback(
    async (item: QueueItem) => {
      try {
        const result = await browserActions.locate(item.comment.id);
        setNotice(result.ok ? { tone: 'ok', text: t('result.located') } : { tone: 'warning', text: t('result.notLocated', { reason: result.reason ?? '?' }) });
      } catch (error) {
        fail(error);
      }
    },
    [browserActions, t, fail, setNotice],
  );

  /** A correction goes to the brand's lexicon (so it is not made twice) and into the log. */
  const correct = useCallback(
    async (item: QueueItem, input: CorrectionInput) => {
      try {
        const moved = input.competitorAccount;
        const competitors = moved ? withCompetitorAccount(brand.competitors, item.comment.platform, moved.handle, moved.competitor) : brand.competitors;
        const labelsChanged = input.addLabels.length > 0 || input.removeLabels.length > 0 || input.polarity !== undefined;
        if (!labelsChanged) {
          // Only whose account the author is: no lexicon entry.
          await saveBrand(db, { ...brand, competitors, updatedAt: new Date().toISOString() });
          setNotice({ tone: 'ok', text: t('result.competitorSaved', { brand: brand.name }) });
          return;
        }
        const entry = correctionToLexiconEntry({ text: item.comment.text, ...input });
        await saveBrand(db, { ...brand, competitors, lexicon: mergeLexiconEntry(brand.lexicon, entry), updatedAt: new Date().toISOString() });
        const labels = [...new Set([...item.triage.labels.filter((l) => !(input.removeLabels as readonly string[]).includes(l)), ...input.addLabels])];
        await send({
          commentId: item.comment.id,
          kind: 'corrected',
          at: new Date().toISOString(),
          comment: item.comment,
          brandId: brand.id,
          labels,
          sentiment: input.polarity ?? item.triage.sentiment,
          note: entry.term,
        });
        setNotice({ tone: 'ok', text: t('result.corrected', { term: entry.term, brand: brand.name }) });
      } catch (error) {
        fail(error);
      }
    },
    [db, brand, send, t, fail, setNotice],
  );

  return { notice, dismissNotice: () => setNotice(undefined), insert, occupied, resolveOccupied, copy, escalate, mark, undo, locate, correct, note };
}

export type CommentActions = ReturnType<typeof useCommentActions>;

/** Why a reply did not go in, in the UI's words (the content script's English detail only for an unknown case). */
export function insertProblemText(t: Translate, result: Pick<InsertReply, 'problem' | 'reason'>): string {
  return result.problem ? t(`insert.problem.${result.problem}`) : (result.reason ?? '?');
}
