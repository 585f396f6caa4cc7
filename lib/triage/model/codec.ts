/**
 * The weights file: JSON with, per head, int8 weights in base64 and one scale. Decoding is one
 * pass per head; encoding is used by the training script only.
 */
import type { Head, HeadName, TriageModel } from './model';

export const MODEL_FORMAT = 'riposte-triage-model/1';

export interface EncodedHead {
  classes: string[];
  bias: number[];
  scale: number;
  threshold?: number;
  /** base64 of an Int8Array, classes.length × dim. */
  weights: string;
}

export interface EncodedModel {
  format: typeof MODEL_FORMAT;
  dim: number;
  heads: Partial<Record<HeadName, EncodedHead>>;
}

function toBase64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

/** The bytes of a base64 string (the weights files' encoding; also the intent model's, lib/templates/model-intents.ts). */
export function fromBase64(text: string): Uint8Array {
  const s = atob(text);
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
}

export function quantise(weights: Float32Array): { scale: number; data: Int8Array } {
  let max = 0;
  for (const w of weights) max = Math.max(max, Math.abs(w));
  const scale = max === 0 ? 1 : max / 127;
  const data = new Int8Array(weights.length);
  for (let i = 0; i < weights.length; i++) data[i] = Math.round((weights[i] as number) / scale);
  return { scale, data };
}

export function encodeHead(head: Head): EncodedHead {
  const { scale, data } = quantise(head.weights);
  return {
    classes: [...head.classes],
    bias: head.bias.map((b) => Math.round(b * 1e5) / 1e5),
    scale,
    ...(head.threshold !== undefined ? { threshold: head.threshold } : {}),
    weights: toBase64(new Uint8Array(data.buffer, data.byteOffset, data.byteLength)),
  };
}

export function decodeModel(encoded: EncodedModel): TriageModel {
  if (encoded.format !== MODEL_FORMAT) throw new Error(`Unknown triage model format: ${String(encoded.format)}`);
  const heads: Partial<Record<HeadName, Head>> = {};
  for (const [name, h] of Object.entries(encoded.heads) as [HeadName, EncodedHead][]) {
    const bytes = fromBase64(h.weights);
    if (bytes.length !== h.classes.length * encoded.dim) throw new Error(`Triage model head ${name}: ${bytes.length} weights, expected ${h.classes.length * encoded.dim}`);
    const q = new Int8Array(bytes.buffer, bytes.byteOffset, bytes.length);
    const weights = new Float32Array(q.length);
    for (let i = 0; i < q.length; i++) weights[i] = (q[i] as number) * h.scale;
    heads[name] = { classes: h.classes, bias: h.bias, weights, ...(h.threshold !== undefined ? { threshold: h.threshold } : {}) };
  }
  return { dim: encoded.dim, heads };
}
