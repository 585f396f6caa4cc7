/**
 * Hate at a group in ordinary words: a group named in the plural (GROUPS) in the sentence of a
 * generalisation, a call to exclude or a claim of unfitness (GROUP_HOSTILITY) — « c'est tous des
 * voleurs, les gitans », "stop hiring immigrants, half of them can't speak English". Folded like
 * comment text. Written for Riposte (MIT). Read by ../group-hate.ts.
 */

/** Groups by origin, religion, colour, gender, orientation, age, disability or migration status. */
export const GROUPS: ReadonlySet<string> = new Set([
  'etrangers', 'etrangeres', 'immigres', 'immigrees', 'immigrants', 'migrants', 'refugies', 'arabes', 'maghrebins', 'africains', 'africaines',
  'noirs', 'noires', 'blacks', 'asiatiques', 'chinois', 'roms', 'gitans', 'musulmans', 'musulmanes', 'juifs', 'juives', 'chretiens',
  'femmes', 'nanas', 'gonzesses', 'gays', 'homos', 'homosexuels', 'lesbiennes', 'trans', 'handicapes', 'handicapees', 'vieux', 'vieilles',
  'foreigners', 'refugees', 'arabs', 'africans', 'asians', 'chinese', 'mexicans', 'indians', 'gypsies',
  'muslims', 'jews', 'christians', 'women', 'females', 'lesbians', 'disabled', 'cripples', 'boomers', 'elderly', 'immigrant',
]);

/** What turns a group's mention into contempt: generalising, excluding, deporting, unfit by nature. */
export const GROUP_HOSTILITY: readonly string[] = [
  'tous des', 'toutes des', 'tous les memes', 'toutes les memes', 'c est tous', 'c est toutes', 'dans leur nature', 'dans leur sang',
  'rentrer chez eux', 'rentrer chez elles', 'renvoyez les', 'renvoyer chez', 'a renvoyer', 'expulsez', 'expulser', 'dehors les', 'virez les', 'virer les',
  'arretez d embaucher', 'arretez de recruter', 'n embauchez plus', 'n embauchez pas', 'pas faites pour', 'pas faits pour', 'incapables de',
  'plus chez nous', 'on est plus chez nous', 'envahi', 'envahis', 'envahissent', 'invasion', 'remplacement', 'nous remplacent', 'nous remplacer',
  'on en veut pas', 'on veut pas de', 'on n en veut pas', 'rien a faire ici', 'rien a faire chez', 'qu ils restent chez eux', 'parasites', 'vermine',
  'comme des animaux', 'des singes', 'puent', 'boycott', 'boycotte', 'boycottez', 'vous en avez trop pris',
  'theyre all', 'they re all', 'they are all', 'all the same', 'every single one of them', 'half of them', 'most of them', 'by nature', 'in their nature',
  'go back to', 'send them back', 'deport', 'deport them', 'stop hiring', 'quit hiring', 'dont hire', 'never hire', 'fire them', 'kick them out',
  'keep them out', 'get rid of', 'shouldnt be allowed', 'should not be allowed', 'not fit to', 'arent fit', 'cant be trusted', 'taking over',
  'replacing us', 'replace us', 'invading', 'vermin', 'like animals',
  'controlent les medias', 'controlent tout', 'controlent les banques', 'control the media', 'control the banks', 'run the media', 'own the media',
  'des rats', 'des cafards', 'submergent', 'nous submergent', 'are rats', 'cockroaches', 'flooding our', 'flooding the',
];

/** Words just before a group that make the writer one of them ("as a disabled customer", « en tant que femme », « nous les femmes »). */
export const MEMBERSHIP_BEFORE: readonly (readonly string[])[] = [['as', 'a'], ['as', 'an'], ['tant', 'que'], ['nous', 'les'], ['we']];
