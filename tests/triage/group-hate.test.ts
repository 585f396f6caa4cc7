import { describe, it } from 'vitest';
import type { ClassifyOptions } from '@/lib/triage';
import { EN_BRAND as en, FR_BRAND as fr, expectNotToxicBy, expectToxicBecause } from './helpers';

describe('hate at a group in ordinary words', () => {
  it('is toxic: a group in the sentence of a generalisation, an exclusion or a claim of unfitness', () => {
    const cases: Array<[string, ClassifyOptions, string]> = [
      ["les migrants c'est tous des profiteurs, arrêtez de les embaucher", fr, "migrants c'est tous"],
      ['les vieux au volant c’est tous des dangers publics', fr, 'vieux au volant c’est tous'],
      ["stop hiring foreigners, they're all lazy", en, 'stop hiring foreigners'],
      ["women aren't fit to run a warehouse, keep them out", en, "women aren't fit"],
    ];
    expectToxicBecause('toxic.group', cases);
  });

  it('is not: praise, a reported remark, a question, or the writer speaking as one of the group', () => {
    expectNotToxicBy('toxic.group', [
      ['ce casting avec des femmes de tous âges, bravo, toutes des reines', fr],
      ["un client m'a dit que les étrangers devraient rentrer chez eux, je suis choqué", fr],
      ['vous avez des produits halal pour les musulmans de la ville ?', fr],
      ['as a disabled customer, too many stores still have no ramp', en],
      ["nous les femmes on n'est pas faites pour attendre 2h au SAV 😂", fr],
    ] as Array<[string, ClassifyOptions]>);
  });
});
