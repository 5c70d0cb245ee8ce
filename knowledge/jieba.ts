/**
 * jieba with its general dictionary (no corpus words added: a word it lacks is what marks a name or
 * a coined product), shared by the absent-word check and the question's content words. Loaded on
 * first use (~200 ms, once per process): starting the bot or loading an index never pays it.
 */
import { createRequire } from 'node:module';

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
