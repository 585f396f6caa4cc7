import type { PageTriage, triageComments } from '@/lib/panel/triage-comments';
import type { ModelHandle } from '@/lib/triage/engine-version';
import type { TriageFn } from './PanelApp';

/**
 * The panel's triage while the learned model's weights are still loading. The engine version is the
 * one the model will have (`print`, from its manifest), so whatever the log classified with it is
 * shown at once; the top cards the log has nothing current for are classified with the rules alone,
 * marked provisional, as before any decoding. The rest waits: no idle slice is offered (they would
 * need the model), `request` starts the load instead, and the panel triages again with the model.
 * Without `print` nothing the log holds can be trusted yet: every top card is the rules' until then.
 */
export function triageWhileLoading(triage: typeof triageComments, print: string | undefined, request: () => void): TriageFn {
  const handle: ModelHandle = {
    fingerprint: print ?? 'loading',
    decoded: false,
    load() {
      throw new Error('the learned model is still loading');
    },
  };
  return (comments, brand, settings, now, logged, options): PageTriage => {
    // Deferred always: only a deferred triage can leave the model out for now.
    const result = triage(comments, brand, settings, now, logged, { defer: options?.defer ?? { first: comments.length }, model: handle });
    if (!result.more) return result;
    request();
    return { views: result.views, buzz: result.buzz, unsettled: result.unsettled };
  };
}
