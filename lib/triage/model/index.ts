/**
 * The learned triage layer (issue 14): hashed n-gram linear models trained by `npm run train`.
 * Load the shipped weights with `loadBundledModel()` (background and side panel only: the
 * weights are ~1.6 MB) and pass the model to `classify(…, { model })`.
 */
export { featurize, modelTokens, fnv1a, type FeatureVector } from './features';
export { scoreText, strongestFeatures, BINARY_HEADS, SOFTMAX_HEADS, type TriageModel, type Head, type HeadName, type BinaryHead, type ModelScores } from './model';
export { decodeModel, encodeHead, MODEL_FORMAT, type EncodedModel, type EncodedHead } from './codec';
