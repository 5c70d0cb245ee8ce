/**
 * jieba with its general dictionary (no corpus words added: a word it lacks is what marks a name or
 * a coined product), shared by the absent-word check and the question's content words. Loaded on
 * first use (~200 ms, once per process): starting the bot or loading an index never pays it.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const COMMON_NAMED_FILE = fileURLToPath(new URL('./common-named.json', import.meta.url));

export interface TaggedWord {
  word: string;
  tag: string;
}

interface Tagger {
  tag(text: string, hmm?: boolean): TaggedWord[];
}

let tagger: Tagger | undefined;

/** The words of a text with their part-of-speech tags, in order; their lengths add up to the text's. */
export function tagWords(text: string, hmm = true): TaggedWord[] {
  if (!tagger) {
    const require = createRequire(import.meta.url);
    const { Jieba } = require('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): Tagger } };
    const { dict } = require('@node-rs/jieba/dict') as { dict: Uint8Array };
    tagger = Jieba.withDict(dict);
  }
  return tagger.tag(text, hmm);
}

// jieba's tags of proper names: a person, a place, an organisation, another proper noun.
const PROPER = /^(nr|ns|nt|nz|nrt|nrfg)$/;
const CommonNamed = z.object({ words: z.array(z.string().min(2)) });
let commonNamed: Set<string> | undefined;

/**
 * The words of a text tagged as `tagWords` does, except that a word jieba tags as a proper name
 * which CC-CEDICT lists only as a common word (许诺, 汇报: jieba tags them so because a person or
 * a place carries the name) is tagged a common noun. See bench/common-named.ts.
 */
export function tagNames(text: string, hmm = true): TaggedWord[] {
  commonNamed ??= new Set(CommonNamed.parse(JSON.parse(readFileSync(COMMON_NAMED_FILE, 'utf8'))).words);
  const common = commonNamed;
  return tagWords(text, hmm).map((w) => (PROPER.test(w.tag) && common.has(w.word) ? { word: w.word, tag: 'n' } : w));
}
