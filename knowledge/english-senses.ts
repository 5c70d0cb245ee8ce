/**
 * A word's own senses where the dictionary table's Porter stem conflates several English words:
 * customers and customs share the stem "custom" (客户 and 海关), authorities, authorize and author
 * share "author" (当局, 授权, 作者), news and new share "new". The question's word, read by its lemma,
 * takes the senses of that word alone.
 */
import { lemmaOf } from './cedict.js';

/**
 * The Chinese words of the question word's own lemma under its key (customers → 客户, not the
 * customs 海关 their shared stem also holds), in the dictionary's order; null when the key
 * conflates no words or the lemma is not one of its words.
 */
export function sameWord(word: string, forms: Record<string, string[]> | undefined): string[] | null {
  const own = forms?.[lemmaOf(word)];
  return own && own.length > 0 ? own : null;
}
