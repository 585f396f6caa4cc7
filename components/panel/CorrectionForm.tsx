import { useId, useMemo, useState } from 'react';
import { useI18n } from '@/components/i18n';
import type { Brand } from '@/lib/schema/brand';
import { TRIAGE_LABELS, type Polarity, type TriageLabel } from '@/lib/schema/classification';
import type { Comment } from '@/lib/schema/comment';
import { handleFromInput } from '@/lib/identity';
import { classify, findCompetitorAccount, salientTerm } from '@/lib/triage';
import type { TriageModel } from '@/lib/triage/model/model';
import { labelText } from './messages';
import { useTriageModel } from './triage-model';

export interface CorrectionInput {
  addLabels: TriageLabel[];
  removeLabels: TriageLabel[];
  polarity?: Polarity;
  term: string;
  /** The author's account set as this competitor's (a name), or as no competitor's (null); absent when unchanged. */
  competitorAccount?: { handle: string; competitor: string | null };
}

/**
 * "That is not a complaint": the community manager fixes the labels or the sentiment and names the
 * word that decides. Saved to the brand's lexicon, it applies to every comment of the brand after.
 */
export interface CorrectionFormProps {
  comment: Comment;
  brand: Brand;
  /** The labels and sentiment the queue shows (the log's classification, a correction included): what is corrected. */
  shown?: { labels: readonly string[]; sentiment: Polarity };
  onSave(input: CorrectionInput): void;
  onCancel(): void;
}

/** The form once the learned model is there: its deciding word and starting labels are the model's, never the rules' alone. */
export function CorrectionForm(props: CorrectionFormProps) {
  const { t } = useI18n();
  const model = useTriageModel();
  if (model === 'pending') {
    return (
      <p className="hint" role="status" aria-busy="true">
        {t('common.loading')}
      </p>
    );
  }
  return <CorrectionFields {...props} model={model} />;
}

function CorrectionFields({ comment, brand, shown, onSave, onCancel, model }: CorrectionFormProps & { model: TriageModel | undefined }) {
  const { t } = useI18n();
  const id = useId();
  // The engine's reasons (for the deciding word), with the labels and sentiment the queue shows.
  const engine = useMemo(() => classify(comment, { brand, ...(model ? { model } : {}) }), [comment, brand, model]);
  const current = useMemo(
    () =>
      shown
        ? { ...engine, labels: TRIAGE_LABELS.filter((l) => shown.labels.includes(l)), sentiment: { ...engine.sentiment, value: shown.sentiment } }
        : engine,
    [engine, shown],
  );
  const [labels, setLabels] = useState<Set<TriageLabel>>(() => new Set(current.labels));
  const [polarity, setPolarity] = useState<Polarity>(current.sentiment.value);
  const [term, setTerm] = useState(() => salientTerm({ text: comment.text, classification: current }));
  const addLabels = TRIAGE_LABELS.filter((l) => labels.has(l) && !current.labels.includes(l));
  const removeLabels = current.labels.filter((l) => !labels.has(l));
  const polarityChanged = polarity !== current.sentiment.value;
  const labelsChanged = addLabels.length > 0 || removeLabels.length > 0 || polarityChanged;
  // Whose account the author is: a competitor can be added or taken off here (issue 18).
  const authorHandle = comment.author.handle ?? (comment.author.profileUrl ? handleFromInput(comment.author.profileUrl) : undefined);
  const currentCompetitor = useMemo(() => findCompetitorAccount(comment.author, brand, comment.platform), [comment, brand]);
  const [competitor, setCompetitor] = useState<string>(currentCompetitor ?? '');
  const competitorChanged = authorHandle !== undefined && competitor !== (currentCompetitor ?? '');
  const changed = labelsChanged || competitorChanged;

  return (
    <form
      className="editor"
      aria-label={t('correct.title')}
      onSubmit={(event) => {
        event.preventDefault();
        if (!changed || (labelsChanged && !term.trim())) return;
        onSave({
          addLabels,
          removeLabels,
          ...(polarityChanged ? { polarity } : {}),
          term: labelsChanged ? term.trim() : '',
          ...(competitorChanged && authorHandle ? { competitorAccount: { handle: authorHandle, competitor: competitor || null } } : {}),
        });
      }}
    >
      <fieldset className="editor__group">
        <legend>{t('correct.labels')}</legend>
        {TRIAGE_LABELS.map((label) => (
          <label key={label} className="check">
            <input
              type="checkbox"
              checked={labels.has(label)}
              onChange={(event) =>
                setLabels((set) => {
                  const next = new Set(set);
                  if (event.target.checked) next.add(label);
                  else next.delete(label);
                  return next;
                })
              }
            />{' '}
            {labelText(t, label)}
          </label>
        ))}
      </fieldset>
      <label htmlFor={`${id}-sentiment`}>{t('correct.sentiment')}</label>
      <select id={`${id}-sentiment`} value={polarity} onChange={(event) => setPolarity(event.target.value as Polarity)}>
        {(['negative', 'neutral', 'positive'] as const).map((p) => (
          <option key={p} value={p}>
            {t(`sentiment.${p}`)}
          </option>
        ))}
      </select>
      {authorHandle !== undefined && brand.competitors.length > 0 && (
        <>
          <label htmlFor={`${id}-competitor`}>{t('correct.competitor')}</label>
          <select id={`${id}-competitor`} value={competitor} onChange={(event) => setCompetitor(event.target.value)}>
            <option value="">{t('correct.competitorNone')}</option>
            {brand.competitors.map((c) => (
              <option key={c.name} value={c.name}>
                {c.name}
              </option>
            ))}
          </select>
        </>
      )}
      <label htmlFor={`${id}-term`}>{t('correct.term')}</label>
      <input id={`${id}-term`} value={term} onChange={(event) => setTerm(event.target.value)} aria-describedby={`${id}-hint`} />
      <p id={`${id}-hint`} className="editor__platform">
        {t('correct.termHint')}
      </p>
      {!changed && <p className="hint">{t('correct.noChange')}</p>}
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={!changed || (labelsChanged && !term.trim())}>
          {t('correct.save')}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
