import { createContext, useContext } from 'react';
import { decodedModel, type ModelHandle } from '@/lib/triage/engine-version';
import type { TriageModel } from '@/lib/triage/model/model';

/**
 * The learned triage layer, loaded once by the side panel's entry (its weights are a megabyte: no
 * component imports them). Components that classify read it here; without a provider (component
 * tests) they use the rules alone.
 */
const TriageModelContext = createContext<TriageModel | ModelHandle | undefined>(undefined);

export const TriageModelProvider = TriageModelContext.Provider;

/** The decoded model (decoding it now if the panel has not needed it yet), or undefined for the rules alone. */
export function useTriageModel(): TriageModel | undefined {
  return decodedModel(useContext(TriageModelContext));
}
