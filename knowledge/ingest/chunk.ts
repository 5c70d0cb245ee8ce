/**
 * Cuts a repaired document into passages of about 150–400 characters on sentence boundaries,
 * never across a section heading; each passage carries its section path and offsets.
 */
import { splitSentences, type Span } from '../text.js';
import type { Passage, SourceDoc } from '../types.js';
import { isHeadingLine } from './repair.js';

export const PASSAGE_MIN = 150;
const NUMBERED = /^(?:#|第[一二三四五六七八九十百\d]+[章节篇部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+[.、．])/;
export const PASSAGE_MAX = 400;
export const CHUNK_VERSION = 'chunk-3';

/** Heading level: markdown `#`s, `第X章` 1, `一、` 2, `（一）` 3, `1.`/`2.1` 4; other short titles 2. */
export function headingLevel(line: string): number | null {
  const text = line.trim();
  const md = /^(#{1,6})\s+\S/.exec(text);
  if (md) return (md[1] as string).length;
  if (!isHeadingLine(text)) return null;
  if (/^第[一二三四五六七八九十百\d]+[章篇部分]/.test(text)) return 1;
  if (/^[一二三四五六七八九十]+、/.test(text)) return 2;
  if (/^[（(][一二三四五六七八九十]+[)）]/.test(text)) return 3;
  if (/^\d+(?:\.\d+)+/.test(text)) return 3 + (text.match(/^\d+((?:\.\d+)+)/)?.[1]?.split('.').length ?? 1) - 1;
  if (/^\d+[.、．]/.test(text)) return 4;
  return 2;
}

/** Long sentences are cut at commas so that no passage grows far past the maximum. */
function capSentence(span: Span): Span[] {
  if (span.text.length <= PASSAGE_MAX) return [span];
  const pieces: Span[] = [];
  let start = 0;
  const cut = /[，,、：:]/g;
  let last = 0;
  for (let m = cut.exec(span.text); m; m = cut.exec(span.text)) {
    if (m.index + 1 - start > PASSAGE_MAX * 0.75) {
      const end = last > start ? last : m.index + 1;
      pieces.push({ text: span.text.slice(start, end), start: span.start + start, end: span.start + end });
      start = end;
    }
    last = m.index + 1;
  }
  while (span.text.length - start > PASSAGE_MAX) {
    pieces.push({ text: span.text.slice(start, start + PASSAGE_MAX), start: span.start + start, end: span.start + start + PASSAGE_MAX });
    start += PASSAGE_MAX;
  }
  pieces.push({ text: span.text.slice(start), start: span.start + start, end: span.end });
  return pieces;
}

interface Block {
  section: string;
  /** Offset of the block's heading lines: the first passage of a section shows its heading. */
  headingStart: number | null;
  sentences: Span[];
}

/** Three or more title-like lines in a row are a table or a list, not headings. */
function tableAware(lines: string[], levels: Array<number | null>): Array<number | null> {
  const out = [...levels];
  const plainTitle = (i: number): boolean => levels[i] !== null && !NUMBERED.test((lines[i] as string).trim());
  let runStart = 0;
  for (let i = 0; i <= levels.length; i += 1) {
    if (i < levels.length && plainTitle(i)) continue;
    if (i - runStart >= 3) out.fill(null, runStart, i);
    runStart = i + 1;
  }
  return out;
}

/**
 * The document's own title, met before any text, is not a section of it, nor are cover lines above
 * it (`内部资料`); a chapter heading taken as the title for want of a better one still is a section.
 */
function isOwnTitle(title: string, docTitle: string, path: Array<{ title: string }>): boolean {
  return title === docTitle && !NUMBERED.test(title) && path.every((p) => !NUMBERED.test(p.title));
}

/** Groups the document's sentences by section, using heading lines to maintain the section path. */
function sectionBlocks(text: string, docTitle: string): Block[] {
  const blocks: Block[] = [];
  const path: Array<{ level: number; title: string }> = [];
  let offset = 0;
  let current: Block = { section: '', headingStart: null, sentences: [] };
  let previousWasHeading = false;
  const lines = text.split('\n');
  const levels = tableAware(lines, lines.map(headingLevel));
  for (const [i, line] of lines.entries()) {
    const level = levels[i] ?? null;
    if (level !== null) {
      const noTextYet = blocks.length === 0 && current.sentences.length === 0;
      if (current.sentences.length > 0) blocks.push(current);
      const title = line.trim().replace(/^#+\s*/, '');
      if (noTextYet && isOwnTitle(title, docTitle, path)) {
        path.length = 0;
        current = { section: '', headingStart: null, sentences: [] };
        previousWasHeading = false;
        offset += line.length + 1;
        continue;
      }
      const last = path[path.length - 1];
      // A title straight after a title of the same level is its subtitle: keep both (“联邦学习” Tips).
      if (previousWasHeading && last && last.level === level && last.title.length + title.length < 40)
        last.title = `${last.title} ${title}`;
      else {
        while (path.length > 0 && (path[path.length - 1] as { level: number }).level >= level) path.pop();
        path.push({ level, title });
      }
      const headingStart = previousWasHeading && current.headingStart !== null ? current.headingStart : offset;
      current = { section: path.map((p) => p.title).join(' > '), headingStart, sentences: [] };
      previousWasHeading = true;
    } else {
      previousWasHeading = false;
      for (const sentence of splitSentences(line)) {
        current.sentences.push(...capSentence({ ...sentence, start: sentence.start + offset, end: sentence.end + offset }));
      }
    }
    offset += line.length + 1;
  }
  if (current.sentences.length > 0) blocks.push(current);
  return blocks;
}

export function chunkDocument(doc: SourceDoc): Passage[] {
  const passages: Passage[] = [];
  const emit = (section: string, sentences: Span[]): void => {
    const start = (sentences[0] as Span).start;
    const end = (sentences[sentences.length - 1] as Span).end;
    const previous = passages[passages.length - 1];
    // A short tail joins the passage before it rather than standing alone.
    if (previous && previous.section === section && end - start < 60 && end - previous.start <= PASSAGE_MAX + 80) {
      previous.end = end;
      previous.text = doc.text.slice(previous.start, end);
      return;
    }
    passages.push({
      id: `${doc.file}#${passages.length}`,
      doc: doc.file,
      title: doc.title,
      section,
      text: doc.text.slice(start, end),
      start,
      end,
    });
  };
  for (const block of sectionBlocks(doc.text, doc.title)) {
    const first = block.sentences[0];
    if (first && block.headingStart !== null) block.sentences[0] = { ...first, start: block.headingStart };
    let buffer: Span[] = [];
    let length = 0;
    for (const sentence of block.sentences) {
      const added = sentence.end - sentence.start;
      if (buffer.length > 0 && length >= PASSAGE_MIN && length + added > PASSAGE_MAX) {
        emit(block.section, buffer);
        buffer = [];
        length = 0;
      }
      buffer.push(sentence);
      length += added;
    }
    if (buffer.length > 0) emit(block.section, buffer);
  }
  return passages;
}
