/** Public API of the triage engine. Pure: runs in the panel, the background and Node alike. */
export { classify, LABEL_THRESHOLDS, type ClassifyInput, type ClassifyOptions } from './classify';
