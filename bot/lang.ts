/**
 * The language a reply is framed in. The text decides when one script clearly dominates; otherwise
 * the platform's hint (Telegram `language_code`, Discord `locale`); otherwise Chinese, the corpus's
 * language. Quoted report sentences stay Chinese whatever this says.
 */
import type { IncomingMessage } from './types.js';

export type Lang = 'zh' | 'en';

const HAN = /\p{Script=Han}/gu;
const LATIN_WORD = /[A-Za-z]{2,}/g;

/** A command word (`/check`) or a mention says nothing about the user's language. */
const stripCommand = (text: string): string => text.replace(/^[/／][A-Za-z_]+(?:@\w+)?/, '').replace(/@\w+/g, '');

/** 'en' or 'zh' when the text alone decides, else null. */
export function langOfText(text: string): Lang | null {
  const body = stripCommand(text);
  const han = body.match(HAN)?.length ?? 0;
  const words = body.match(LATIN_WORD)?.length ?? 0;
  // A Chinese word is about two characters: compare words with words. A Chinese name quoted in an
  // English sentence ("Is 某某中心 safe?") leaves it English; one English term in Chinese leaves it Chinese.
  if (words >= 2 && words > han / 2) return 'en';
  if (han >= 2 && han / 2 >= words) return 'zh';
  return null;
}

export function langOfLocale(locale: string | undefined): Lang | null {
  if (!locale) return null;
  const tag = locale.toLowerCase();
  if (tag.startsWith('zh')) return 'zh';
  return /^[a-z]{2,3}\b/.test(tag) ? 'en' : null;
}

export function pickLang(text: string, locale?: string): Lang {
  return langOfText(text) ?? langOfLocale(locale) ?? 'zh';
}

/** A reply's language: the words the user wrote (the command's arguments) decide, then the platform's locale. */
export const langOf = ({ msg, args }: { msg: Pick<IncomingMessage, 'text' | 'locale'>; args: string }): Lang =>
  pickLang(args || msg.text, msg.locale);
