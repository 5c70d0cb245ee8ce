/**
 * The words one Porter stem conflates in CC-CEDICT's senses (customs and customers under "custom",
 * authority and authorize under "author"), kept apart by lemma so a question's word takes its own
 * senses (see english-senses.ts sameWord).
 */
/** As many words per lemma as cedict.ts keeps per key. */
const MAX_PER_KEY = 4;

/**
 * A word's lemma for telling apart words one stem conflates: plural and third-person -s off
 * (authorities → authority, customers → customer), nothing else: Porter already merges the rest.
 */
export function lemmaOf(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return word.replace(/ies$/, 'y');
  if (/(?:ss|us|is)$/.test(word)) return word;
  return word.replace(/(?:(?<=[sxz]|[cs]h)es|s)$/, '');
}

/** A Chinese word under a key, with what orders a key's words: sense rank, place in its entry, corpus weight. */
export interface Ranked {
  zh: string;
  rank: number;
  sense: number;
  weight: number;
}

/**
 * A word's own senses: an entry's first two senses count alike and the corpus decides among them
 * (市场 "marketplace; market" before 集市 "market"), since CC-CEDICT often puts a synonym first.
 */
const byRank = (a: Ranked, b: Ranked): number =>
  a.rank - b.rank || Math.floor(a.sense / SENSES_ALIKE) - Math.floor(b.sense / SENSES_ALIKE) || b.weight - a.weight;
const SENSES_ALIKE = 2;

export function addForm(forms: Map<string, Map<string, Ranked[]>>, key: string, lemma: string, word: Ranked): void {
  const byLemma = forms.get(key) ?? new Map<string, Ranked[]>();
  const list = byLemma.get(lemma) ?? [];
  if (!list.some((x) => x.zh === word.zh)) list.push(word);
  byLemma.set(lemma, list);
  forms.set(key, byLemma);
}

/** Only keys whose one-word senses are two or more different words (the collisions): the rest need no lemma. */
export function collidingForms(forms: Map<string, Map<string, Ranked[]>>): Record<string, Record<string, string[]>> {
  const out: Record<string, Record<string, string[]>> = {};
  for (const [key, byLemma] of forms) {
    if (byLemma.size < 2) continue;
    out[key] = Object.fromEntries(
      [...byLemma].map(([lemma, list]) => [
        lemma,
        list
          .sort(byRank)
          .slice(0, MAX_PER_KEY)
          .map((x) => x.zh),
      ]),
    );
  }
  return out;
}
