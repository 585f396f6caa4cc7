/**
 * Function words left out of a thread's recurring terms, French and English, folded (no accents).
 * The triage lexicons' `stopwords` are language evidence ("livraison" marks French) and would drop
 * the very words a community manager wants to see, hence this separate, grammatical-only list.
 */
export const THREAD_STOPWORDS: ReadonlySet<string> = new Set(
  `le la les un une des du de et est je tu il elle nous vous ils elles on ce cet cette ces mon ma mes ton ta tes son sa ses
  notre nos votre vos leur leurs que qui quoi quand comment pourquoi pour par dans avec sans sur sous entre chez pas ne ni
  mais ou donc car au aux suis es sommes etes sont ai as avez avons ont etait etaient ete fait faire tout tous toute toutes
  tres trop bien plus moins aussi encore deja toujours jamais rien alors apres avant depuis meme comme ici cela ca celui
  celle ceux sont peut peux veux vraiment juste chose quelque quelques autre autres avoir etre vais va vont
  the and for are but not you your yours with this that these those from have has had was were been being they them
  their there here what when where which who whom why how all any can could would should will just about into over
  under again very too also only then than our ours out off its it's i'm dont doesnt didnt cant wont isnt arent wasnt
  get got still ever never even some such more most much many one ones`
    .split(/\s+/u)
    .filter(Boolean),
);
