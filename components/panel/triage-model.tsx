import { createContext, useContext, useEffect } from 'react';
import { decodedModel, type ModelHandle } from '@/lib/triage/engine-version';
import type { TriageModel } from '@/lib/triage/model/model';

/** The learned model while its weights are still on their way: `request` starts (or joins) their load. */
export interface PendingTriageModel {
  readonly pending: true;
  request(): void;
}

/**
 * The learned triage layer, loaded by the side panel's entry (its weights are a megabyte: no
 * component imports them). Components that classify read it here; without a provider (component
 * tests) they use the rules alone.
 */
const TriageModelContext = createContext<TriageModel | ModelHandle | PendingTriageModel | undefined>(undefined);

export const TriageModelProvider = TriageModelContext.Provider;

function isPending(value: TriageModel | ModelHandle | PendingTriageModel): value is PendingTriageModel {
  return (value as Partial<PendingTriageModel>).pending === true;
}

/**
 * The decoded model (decoding it now if the panel has not needed it yet), or undefined for the rules
 * alone; 'pending' while its weights load (the load is started then).
 */
export function useTriageModel(): TriageModel | 'pending' | undefined {
  const value = useContext(TriageModelContext);
  const pending = value !== undefined && isPending(value) ? value : undefined;
  useEffect(() => pending?.request(), [pending]);
  return pending ? 'pending' : decodedModel(value as Exclude<typeof value, PendingTriageModel>);
}
