import { useMemo } from 'react';
import { useI18n } from '@/components/i18n';
import { useMountedState } from './use-mounted-state';
import type { QueueItem } from '@/lib/panel/queue';
import type { Brand } from '@/lib/schema/brand';
import type { Settings } from '@/lib/schema/settings';
import type { Template } from '@/lib/schema/template';
import type { PreparedHistory } from '@/lib/templates/history';
import type { IntentModel } from '@/lib/templates/model-intents';
import { suggestTemplates, type PreparedTemplates } from '@/lib/templates/suggest';
import { isVulgarOnly } from '@/lib/triage/swearing';
import { CommentNotes } from './CommentNotes';
import { CorrectionForm } from './CorrectionForm';
import { EscalateForm } from './EscalateForm';
import { useIntentModel } from './intent-model';
import { OccupiedDialog } from './OccupiedDialog';
import { ReplyEditor } from './ReplyEditor';
import { Suggestions } from './Suggestions';
import type { CommentActions } from './use-comment-actions';

export const SUGGESTION_COUNT = 3;

export interface WorkbenchProps {
  item: QueueItem;
  brand: Brand;
  settings: Settings;
  /** Undefined until they are prepared (after the queue's first cards are painted): no suggestion yet. */
  templates: PreparedTemplates | undefined;
  /** The brand's past choices: the template put in for similar comments moves up. */
  history?: PreparedHistory;
  now: Date;
  actions: CommentActions;
  /** Editor/escalation mode, lifted so keyboard shortcuts can open them. */
  mode: WorkbenchMode;
  setMode(mode: WorkbenchMode): void;
}

export type WorkbenchMode = { kind: 'suggestions' } | { kind: 'edit'; template?: Template } | { kind: 'escalate' } | { kind: 'correct' };

/**
 * The top suggestions for one comment of the queue (the workbench and the 1–3 keys share it), ranked
 * with the learned layer (`useIntentModel`; null when it could not be loaded: the rules alone).
 */
export function suggestionsFor(
  item: QueueItem,
  brand: Pick<Brand, 'id' | 'language'>,
  templates: PreparedTemplates,
  now: Date,
  history: PreparedHistory | undefined,
  intentModel: IntentModel | null,
) {
  return suggestTemplates(item.comment, { labels: item.triage.labels, language: item.triage.language, vulgarOnly: isVulgarOnly(item.triage) }, templates, SUGGESTION_COUNT, {
    brandId: brand.id,
    now,
    fallbackLanguage: brand.language,
    platform: item.comment.platform,
    history,
    ...(intentModel ? { intentModel } : {}),
  });
}

/**
 * Suggestions are computed for the selected comment only, once both the templates and the learned
 * layer are there: undefined until then (pending), never a rules-only list the model then reorders.
 */
function useSuggestions(item: QueueItem, brand: Brand, templates: PreparedTemplates | undefined, now: Date, history?: PreparedHistory) {
  const { id, language } = brand;
  const intentModel = useIntentModel(templates !== undefined);
  return useMemo(
    () => (templates && intentModel !== undefined ? suggestionsFor(item, { id, language }, templates, now, history, intentModel) : undefined),
    [item, id, language, templates, now, history, intentModel],
  );
}

/** The selected comment's workbench: suggestions, edit before inserting, private notes, escalate, mark answered, resolve, ignore, locate. */
export function CommentWorkbench({ item, brand, settings, templates, history, now, actions, mode, setMode }: WorkbenchProps) {
  const { t } = useI18n();
  const suggestions = useSuggestions(item, brand, templates, now, history);
  // An action may settle after the workbench is gone: nothing is left to mark as no longer busy then.
  const [busy, setBusy] = useMountedState(false);
  const run = (work: Promise<void>) => {
    setBusy(true);
    void work.finally(() => setBusy(false));
  };
  const status = item.status?.status;
  const closed = status === 'resolved' || status === 'ignored';

  return (
    <div className="workbench" aria-busy={busy}>
      {mode.kind === 'suggestions' && (
        <>
          <h2 className="workbench__title">{t('suggestions.title')}</h2>
          <Suggestions
            comment={item.comment}
            brand={brand}
            agentName={settings.agentName}
            now={now}
            suggestions={suggestions}
            onInsert={(text, template) => run(actions.insert(item, text, template))}
            onCopy={(text, template) => run(actions.copy(item, text, template))}
            onEdit={(template) => setMode({ kind: 'edit', template })}
          />
        </>
      )}
      {mode.kind === 'edit' && (
        <ReplyEditor
          comment={item.comment}
          brand={brand}
          agentName={settings.agentName}
          now={now}
          template={mode.template}
          onInsert={(text, template, edited) => {
            run(actions.insert(item, text, template, 'ask', edited));
            setMode({ kind: 'suggestions' });
          }}
          onCopy={(text, template, edited) => run(actions.copy(item, text, template, edited))}
          onCancel={() => setMode({ kind: 'suggestions' })}
        />
      )}
      {mode.kind === 'escalate' && (
        <EscalateForm
          departments={settings.departments}
          onEscalate={(department, note) => {
            run(actions.escalate(item, department, note));
            setMode({ kind: 'suggestions' });
          }}
          onCancel={() => setMode({ kind: 'suggestions' })}
        />
      )}
      {mode.kind === 'correct' && (
        <CorrectionForm
          comment={item.comment}
          brand={brand}
          shown={item.triage}
          onSave={(input) => {
            run(actions.correct(item, input));
            setMode({ kind: 'suggestions' });
          }}
          onCancel={() => setMode({ kind: 'suggestions' })}
        />
      )}
      {actions.occupied && <OccupiedDialog existing={actions.occupied.existing} onChoose={(choice) => run(actions.resolveOccupied(choice))} />}
      <CommentNotes commentId={item.comment.id} onSave={(text) => actions.note(item, text)} />
      <div className="actions actions--bar">
        <button type="button" className="button" onClick={() => setMode({ kind: 'edit' })}>
          {t('action.write')}
        </button>
        <button type="button" className="button" onClick={() => setMode({ kind: 'escalate' })}>
          {t('action.escalate')}
        </button>
        {closed ? (
          <button type="button" className="button" onClick={() => run(actions.mark(item, 'reopened'))}>
            {t('action.reopen')}
          </button>
        ) : (
          <>
            {status !== 'replied' && !item.answeredOnPage && (
              <button type="button" className="button" onClick={() => run(actions.mark(item, 'replied'))}>
                {t('action.markReplied')}
              </button>
            )}
            <button type="button" className="button" onClick={() => run(actions.mark(item, 'resolved'))}>
              {t('action.resolve')}
            </button>
            <button type="button" className="button" onClick={() => run(actions.mark(item, 'ignored'))}>
              {t('action.ignore')}
            </button>
          </>
        )}
        <button type="button" className="button" onClick={() => setMode({ kind: 'correct' })}>
          {t('action.correct')}
        </button>
        <button type="button" className="button button--ghost" onClick={() => run(actions.locate(item))}>
          {t('action.locate')}
        </button>
      </div>
    </div>
  );
}
