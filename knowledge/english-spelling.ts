/** How an English question's spelling is read before translation: hyphens, pinyin syllable marks. */

/** The particle of a hyphenated compound (start-ups, follow-up, wind-down): never a thing of its own. */
const PARTICLE = /^(?:up|ups|down|out|outs|off|offs|in|ins|on|over|by|back)$/;

/** Content words that are the particle part of a hyphenated word of the query (the ups of start-ups). */
export function hyphenParticles(query: string): Set<string> {
  const out = new Set<string>();
  for (const m of query.toLowerCase().matchAll(/[a-z]+-([a-z]+)/g)) if (PARTICLE.test(m[1] as string)) out.add(m[1] as string);
  return out;
}

/**
 * The query with each hyphenated word the dictionary knows written whole (start-ups → startups,
 * e-commerce → ecommerce): `known` says whether a joined word has an entry.
 */
export function joinHyphens(query: string, known: (word: string) => boolean): string {
  return query.replace(/\b([a-z]+)-([a-z]+)\b/gi, (whole, a: string, b: string) => (known(`${a}${b}`.toLowerCase()) ? `${a}${b}` : whole));
}

/**
 * The query with each pinyin name written with its syllable mark whole (Tian'an → Tianan, Chang'an →
 * Changan): pinyin writes an apostrophe where a syllable starting with a vowel follows another, and
 * the apostrophe would split the name into two words. A capitalised word and a vowel-led tail only:
 * possessives and contractions ('s, 't, 're, 've, 'll) are left as they are, and so is a name `left`
 * says to keep (one the glossary reads with its mark: Xi'an).
 */
export function joinPinyinMarks(query: string, left: (word: string) => boolean = () => false): string {
  return query.replace(/\b([A-Z][a-z]+)['’]([aeo][a-z]*)\b/g, (whole, a: string, b: string) =>
    /^(?:s|t|re|ve|ll|d|m)$/.test(b) || left(a.toLowerCase()) ? whole : `${a}${b}`,
  );
}

/**
 * The query with each number sign blanked (same length): "Decision No. 38", "Document No.35" write
 * 第38号 / 38号, and the number stays; read as a word, No is a negation (不是) and a name's part.
 */
export function withoutNumberSigns(query: string): string {
  return query.replace(/\bNos?\.?(?=\s*\d)/g, (sign) => ' '.repeat(sign.length));
}
