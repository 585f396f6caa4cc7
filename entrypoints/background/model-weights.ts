/**
 * The learned triage model's weights, read from the extension's package: the build emits the JSON
 * as a file of its own (`?url&no-inline`), so the service worker's script does not carry it.
 */
import weightsUrl from '@/lib/triage/model/weights/model.json?url&no-inline';
import type { EncodedModel } from '@/lib/triage/model/codec';

export async function fetchModelWeights(): Promise<EncodedModel> {
  const response = await fetch(weightsUrl);
  if (!response.ok) throw new Error(`could not read the triage model (${response.status} ${weightsUrl})`);
  return (await response.json()) as EncodedModel;
}
