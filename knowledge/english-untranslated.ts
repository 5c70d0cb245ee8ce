/** What of an English question neither the glossary nor the dictionary translated. */
import { codedNames } from './english-forms.js';
import { askerWords } from './english-asker.js';
import { contentWords, hyphenParticles, isName, joinPinyinMarks } from './english-words.js';
import { stem } from './natural.js';
import type { Translation } from './translate.js';

/** The English content words of a query that neither the glossary nor the dictionary could translate. */
export function untranslated(
  asked: string,
  covered: ReadonlySet<string>,
  translations: Translation[],
  indexed: (stem: string) => boolean,
): string[] {
  // A pinyin name with its syllable mark (Tian'an) was translated whole.
  const query = joinPinyinMarks(asked, (w) => covered.has(stem(w)));
  const translated = new Set(translations.filter((t) => !t.weak).flatMap((t) => t.source.split(' ')));
  const particles = hyphenParticles(query);
  // The asker's own words (My nephew says …, For my thesis:) name who asks, not what: a name among them still counts.
  const asker = askerWords(query);
  const words = contentWords(query).filter(
    (w) =>
      !covered.has(stem(w)) &&
      !translated.has(w) &&
      !indexed(stem(w)) &&
      !particles.has(w) &&
      !translated.has(joined(w, query)) &&
      !(asker.has(w) && !isName(w, query)),
  );
  // A name written with digits (401k) the index lacks is a thing the reports never mention.
  return [...words, ...codedNames(query).filter((w) => !indexed(w))];
}

/** The hyphenated word a word is part of, written whole (start of start-ups → startups), or the word. */
function joined(word: string, query: string): string {
  const m = new RegExp(`\\b(?:${word}-([a-z]+)|([a-z]+)-${word})\\b`, 'i').exec(query);
  return m ? (m[1] ? word + m[1] : `${m[2] ?? ''}${word}`).toLowerCase() : word;
}
