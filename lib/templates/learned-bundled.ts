/**
 * The learned layer shipped with the extension (trained by scripts/train/suggestions.ts on the
 * dev part of the labelled comments), indexed on first use.
 */
import data from './learned-model.json';
import { loadLearnedModel, type LearnedModel, type LearnedModelData } from './learned';

let model: LearnedModel | undefined;

export function bundledLearnedModel(): LearnedModel {
  model ??= loadLearnedModel(data as LearnedModelData);
  return model;
}
