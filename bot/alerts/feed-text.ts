/**
 * Feed bytes to text and feed HTML to plain text. Chinese news sites still serve GBK, GB18030 and
 * Big5: the charset comes from a byte-order mark, else the HTTP Content-Type, else the XML
 * declaration, else UTF-8 — and bytes that are not valid in it are reported, not shown as garbage.
 */
import { decodeHTML } from 'entities';
import iconv from 'iconv-lite';

export type Decoded = { text: string; charset: string } | { error: string };

const BOMS: Array<[number[], string]> = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

function bomCharset(bytes: Buffer): { charset: string; skip: number } | null {
  for (const [mark, charset] of BOMS) if (mark.every((b, i) => bytes[i] === b)) return { charset, skip: mark.length };
  return null;
}

/** The charset named by `charset=` in a Content-Type header, lower-cased. */
export function headerCharset(contentType: string | null): string | null {
  const m = /charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return m ? (m[1] as string).toLowerCase() : null;
}

function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, 256).toString('latin1');
  const m = /^\s*<\?xml[^>]*encoding\s*=\s*["']([\w.:-]+)["']/i.exec(head);
  return m ? (m[1] as string).toLowerCase() : null;
}

// More than this share of U+FFFD means the bytes are not in the charset we decoded them with.
const MAX_BAD_SHARE = 0.01;

/** Decodes a feed body; an unknown or wrong charset is an error value naming it. */
export function decodeFeedBytes(bytes: Buffer, contentType: string | null): Decoded {
  const bom = bomCharset(bytes);
  const named = bom?.charset ?? headerCharset(contentType) ?? declaredCharset(bytes);
  const decode = (charset: string): { text: string; bad: number } => {
    const text = iconv.decode(bom ? bytes.subarray(bom.skip) : bytes, charset, { stripBOM: true });
    return { text, bad: text.length === 0 ? 0 : (text.match(/\uFFFD/g)?.length ?? 0) / text.length };
  };
  if (named && !iconv.encodingExists(named)) return { error: `unknown charset "${named}"` };
  let charset = named ?? 'utf-8';
  let { text, bad } = decode(charset);
  // Nothing declared and not UTF-8: Chinese sites that declare nothing mostly serve GB18030 (a superset of GBK).
  if (!named && bad > MAX_BAD_SHARE) ({ text, bad } = decode((charset = 'gb18030')));
  if (bad > MAX_BAD_SHARE)
    return {
      error: `feed bytes are not valid ${charset} (${Math.round(bad * 100)}% undecodable); the server should declare the charset it uses`,
    };
  // The XML parser must not re-read a declaration that names the charset we already decoded.
  return { text: text.replace(/^(\s*<\?xml[^>]*?)\s+encoding\s*=\s*["'][\w.:-]+["']/i, '$1'), charset };
}

const BLOCK = /<\/?(?:p|div|br|li|ul|ol|h[1-6]|tr|td|th|table|blockquote|section|article)\b[^>]*>/gi;
const DROP = /<(script|style|noscript|template)\b[^>]*>[\s\S]*?<\/\1\s*>/gi;
const TAG = /<\/?[a-zA-Z][^>]*>|<!--[\s\S]*?-->/g;

/**
 * Feed HTML to one line of plain text: scripts and styles dropped, tags removed, entities (named,
 * decimal, hex) decoded by the `entities` library, whitespace collapsed.
 */
export function htmlToText(html: string | undefined): string {
  if (!html) return '';
  const stripped = html.replace(DROP, ' ').replace(BLOCK, ' ').replace(TAG, '');
  return decodeHTML(stripped)
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim();
}

/** Text cut to `max` characters (by code point) with "…" when it was longer. */
export function clip(text: string, max: number): string {
  const chars = [...text.slice(0, max * 2 + 2)];
  return chars.length > max
    ? `${chars
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : text;
}
