/** Slot words as searched: an English one also matches its regular endings (guarantee → guarantees, guaranteed). */
import type { TermKey } from './match.js';

const WORD_CHAR = /[a-z0-9]/;

/** A slot word; an English one may carry a regular ending (guarantee → guarantees, guaranteed). */
export interface SlotKey extends TermKey {
  inflects: boolean;
}

// An English slot word ending in a word of 3+ letters takes the regular endings -s/-es/-ed/-ing (and -d after
// an e); the spellings that change the stem (invite → inviting, custody → custodied) are added as words.
const INFLECTS = /(?:^|[ -])[a-z]{3,}$/;
const ENDING = /^(?:s|es|ed|ing)(?![a-z0-9])/;
const ENDING_AFTER_E = /^(?:s|d|ing)(?![a-z0-9])/;

export function withInflections(keys: readonly TermKey[], inflect: boolean): SlotKey[] {
  const out: SlotKey[] = [];
  const seen = new Set(keys.map((k) => k.key));
  const add = (k: TermKey, inflects: boolean): void => {
    out.push({ ...k, inflects });
    seen.add(k.key);
  };
  for (const k of keys) {
    const inflects = inflect && k.latin && INFLECTS.test(k.key);
    add(k, inflects);
    if (!inflects) continue;
    const stems = /[^e]e$/.test(k.key)
      ? [`${k.key.slice(0, -1)}ing`]
      : /[^aeiou]y$/.test(k.key)
        ? [`${k.key.slice(0, -1)}ies`, `${k.key.slice(0, -1)}ied`]
        : [];
    for (const key of stems) if (!seen.has(key)) add({ ...k, key }, false);
  }
  return out;
}

/** Where a whole-word occurrence of `key` at `at` ends (past a regular ending it may take); -1 when it is part of a word. */
export function endOf(norm: string, at: number, key: SlotKey): number {
  const end = at + key.key.length;
  if (!key.latin) return end;
  if (WORD_CHAR.test(norm[at - 1] ?? '')) return -1;
  if (!WORD_CHAR.test(norm[end] ?? '')) return end;
  if (!key.inflects) return -1;
  const ending = (key.key.endsWith('e') ? ENDING_AFTER_E : ENDING).exec(norm.slice(end, end + 4));
  return ending ? end + ending[0].length : -1;
}
