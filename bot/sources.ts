/**
 * How a citation reads to a person: the report's title and a short locator (section path, or the
 * passage's first words), never a file name or passage id; the project's notes named as finrisk's
 * summary of the report they draw on; footnotes to one report merged onto one line.
 */
import type { Citation, Passage } from '../knowledge/types.js';
import type { Lang } from './lang.js';
import type { ReplyCitation } from './types.js';

export type PassageLookup = (id: string) => Pick<Passage, 'text'> | undefined;

// The notes cite their reports inline: （来源：《标题》，某部分） or （来源：同上…）.
const REMARK = /[（(]\s*来源[:：][^（）()]*(?:[（(][^（）()]*[）)][^（）()]*)*[）)]/gu;
const NAMED = /[（(]\s*来源[:：]\s*《([^》]+)》/gu;

/** A sentence without the notes' inline source remarks (they belong in the footnote, not the quote). */
export function stripSourceRemarks(text: string): string {
  return text.replace(REMARK, '').replace(/[ \t]+([，。；：！？])/gu, '$1');
}

const hasRemark = (text: string | undefined): boolean => Boolean(text && /[（(]\s*来源[:：]/u.test(text));

/** The last report a text names in a source remark, or undefined. */
function lastNamed(text: string): string | undefined {
  let found: string | undefined;
  for (const m of text.matchAll(NAMED)) found = m[1];
  return found;
}

/** Passage ids are `<file>#<n>`: the ones before it in the same document, nearest first. */
function earlierIds(id: string): string[] {
  const at = id.lastIndexOf('#');
  const n = Number(id.slice(at + 1));
  if (at < 0 || !Number.isInteger(n)) return [];
  return Array.from({ length: Math.min(n, 40) }, (_, i) => `${id.slice(0, at)}#${n - 1 - i}`);
}

/**
 * The report a note passage draws on. "同上" points back: to the last report named before the
 * quoted sentence in this passage, else in the passages before it.
 */
export function noteBasis(c: Citation, lookup?: PassageLookup, sentence?: string): string | undefined {
  const text = c.text ?? '';
  const upTo = sentence && text.includes(sentence) ? text.slice(0, text.indexOf(sentence) + sentence.length) : text;
  const here = lastNamed(upTo) ?? lastNamed(text);
  if (here || !lookup) return here;
  for (const id of earlierIds(c.passage)) {
    const named = lastNamed(lookup(id)?.text ?? '');
    if (named) return named;
  }
  return undefined;
}

/** A citation as replies carry it: remarks stripped, a note marked with the report it summarises. */
export function toReplyCitation(c: Citation, lookup?: PassageLookup, sentence?: string): ReplyCitation {
  const note = hasRemark(c.text) || (lookup !== undefined && earlierIds(c.passage).some((id) => hasRemark(lookup(id)?.text)));
  const out: ReplyCitation = { doc: c.doc, title: c.title, section: c.section, passage: c.passage };
  if (c.text !== undefined) out.text = stripSourceRemarks(c.text);
  if (note) out.note = { basis: noteBasis(c, lookup, sentence) };
  return out;
}

const FIRST_WORDS = 16;

/** "第三章 风险 · （一）信用风险", or the passage's first words when it has no section. */
export function locator(c: Pick<Citation, 'section' | 'text'>): string {
  if (c.section) return c.section.split(/\s*>\s*/).join(' · ');
  const text = stripSourceRemarks(c.text ?? '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!text) return '';
  const words = [...text];
  return `「${words.slice(0, FIRST_WORDS).join('')}${words.length > FIRST_WORDS ? '…' : ''}」`;
}

/** The work a citation names: 《report》, or finrisk's summary of 《report》. */
export function workOf(c: ReplyCitation, lang: Lang): string {
  if (!c.note) return `《${c.title}》`;
  const basis = c.note.basis ? `《${c.note.basis}》` : '';
  if (lang === 'en') return basis ? `finrisk summary "${c.title}", based on ${basis}` : `finrisk summary "${c.title}"`;
  return basis ? `finrisk 整理「${c.title}」，据${basis}` : `finrisk 整理「${c.title}」`;
}

/** One line per work: `[1] 《T》 · 第一章`, or `[1][2] 《T》：[1] 第一章；[2] 「开头…」`. */
export function footnoteLines(citations: ReplyCitation[], lang: Lang): string[] {
  const groups = new Map<string, Array<{ n: number; c: ReplyCitation }>>();
  citations.forEach((c, i) => {
    const key = workOf(c, lang);
    groups.set(key, [...(groups.get(key) ?? []), { n: i + 1, c }]);
  });
  const sep = lang === 'en' ? '; ' : '；';
  return [...groups.entries()].map(([work, items]) => {
    const marks = items.map(({ n }) => `[${n}]`).join('');
    if (items.length === 1) {
      const where = locator(items[0]!.c);
      return `${marks} ${work}${where ? ` · ${where}` : ''}`;
    }
    return `${marks} ${work}${lang === 'en' ? ': ' : '：'}${items.map(({ n, c }) => `[${n}] ${locator(c) || work}`).join(sep)}`;
  });
}

/** A short label for a button or a menu entry: `[2] 《T》 · 第一章`. */
export function citationLabel(c: ReplyCitation, n: number, lang: Lang): string {
  const where = locator(c);
  return `[${n}] ${workOf(c, lang)}${where ? ` · ${where}` : ''}`;
}

export const SOURCES_HEADING: Record<Lang, string> = { zh: '来源', en: 'Sources' };
export const OPEN_LABEL: Record<Lang, (n: number) => string> = { zh: (n) => `原文段落 [${n}]`, en: (n) => `Passage [${n}]` };
