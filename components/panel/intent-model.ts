import { useEffect, useState } from 'react';
import { bundledIntentModelIfLoaded, loadBundledIntentModelLazily } from '@/lib/templates/model-bundled-lazy';
import type { IntentModel } from '@/lib/templates/model-intents';

/**
 * The suggestions' learned layer, its load started once `wanted` (suggestions about to be computed):
 * undefined while it loads, null if it could not be loaded (suggestions then rank on the rules alone).
 */
export function useIntentModel(wanted: boolean): IntentModel | null | undefined {
  const [model, setModel] = useState<IntentModel | null | undefined>(bundledIntentModelIfLoaded);
  useEffect(() => {
    if (!wanted || model !== undefined) return undefined;
    let current = true;
    loadBundledIntentModelLazily().then(
      (loaded) => current && setModel(loaded),
      (error: unknown) => {
        console.error('Riposte: the suggestions’ learned layer did not load', error);
        if (current) setModel(null);
      },
    );
    return () => {
      current = false;
    };
  }, [wanted, model]);
  return model;
}
