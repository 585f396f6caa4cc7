/**
 * The suggestions' learned layer as shipped (`npm run train` writes it), decoded on first use.
 * Import this module only where suggestions are ranked with it (eval, bench, tests): it carries the
 * weights file, never bundle it into a content script. The side panel reaches it through a dynamic
 * import only (./model-bundled-lazy), so that its first script carries none of it.
 */
import { decodeIntentModel, type EncodedIntentModel, type IntentModel } from './model-intents';
import weights from '../triage/model/weights/intents.json';

let cached: IntentModel | null = null;

export function loadBundledIntentModel(): IntentModel {
  cached ??= decodeIntentModel(weights as unknown as EncodedIntentModel);
  return cached;
}
