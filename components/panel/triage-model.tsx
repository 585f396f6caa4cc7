import { createContext, useContext } from 'react';
import type { TriageModel } from '@/lib/triage/model/model';

/**
 * The learned triage layer, loaded once by the side panel's entry (its weights are a megabyte: no
 * component imports them). Components that classify read it here; without a provider (component
 * tests) they use the rules alone.
 */
const TriageModelContext = createContext<TriageModel | undefined>(undefined);

export const TriageModelProvider = TriageModelContext.Provider;

export function useTriageModel(): TriageModel | undefined {
  return useContext(TriageModelContext);
}
