/**
 * Repairs what PDF text extraction breaks. Each pass is a small function over lines, so each can be
 * tested with concrete before/after strings. The output keeps the original characters: one
 * paragraph or heading per line, headings marked by `isHeadingLine` when chunking.
 */
import { dropPageEdgeRepeats, dropPageFurniture, NUMBERED_HEADING, SENTENCE_END } from './furniture.js';

export { dropPageFurniture } from './furniture.js';

const FOOTNOTE_MARKER = /\[\d{1,3}\]/g;
/** A chapter heading proper (`第二章 风险`): it never continues the line before it. */
const CHAPTER_HEADING = /^第[一二三四五六七八九十百零〇\d]+[章篇](?:\s|$)/;

/**
 * Bold headings often come out with every run doubled: `警醒警醒：：严监管严监管`. A line is
 * undoubled only when it parses completely as doubled runs, so ordinary text is never touched.
 */
export function undoubleLine(line: string): string {
  const text = line.trim();
  if (text.length < 4 || text.length > 80) return line;
  const parts = text.split(/(\s+)/);
  const out: string[] = [];
  for (const part of parts) {
    if (/^\s+$/.test(part)) out.push(' ');
    else {
      const single = undoubleRun(part);
      if (single === null) return line;
      out.push(single);
    }
  }
  return out.join('');
}

function undoubleRun(run: string): string | null {
  let out = '';
  let i = 0;
  while (i < run.length) {
    let matched = 0;
    for (let len = 1; i + 2 * len <= run.length; len += 1) {
      if (run.slice(i, i + len) === run.slice(i + len, i + 2 * len)) {
        matched = len;
        break;
      }
    }
    if (matched === 0) return null;
    out += run.slice(i, i + matched);
    i += 2 * matched;
  }
  return out;
}

/** Letter-spaced text (`是 一 个 局 部 测`) closed up; a line needs three or more spaced characters. */
export function collapseLetterSpacing(line: string): string {
  const tokens = line.trim().split(/ +/);
  const singles = tokens.filter((t) => t.length === 1 && /[\u4e00-\u9fff]/.test(t)).length;
  return tokens.length >= 3 && singles >= tokens.length - 1 ? tokens.join('') : line;
}

export function removeFootnoteMarkers(line: string): string {
  return line.replace(FOOTNOTE_MARKER, '');
}

/** A heading: numbered (`第三章`, `一、`, `（一）`, `2.1`), or a short title line with no sentence punctuation. */
export function isHeadingLine(line: string, typicalWidth = 40): boolean {
  const text = line.trim();
  if (text.length === 0 || text.length > 40) return false;
  if (NUMBERED_HEADING.test(text)) return text.length <= 30 || !/[，。；]/.test(text.slice(0, 30));
  if (/[，。；！？,;!?]/.test(text) || /[：:]$/.test(text)) return false;
  // A line wholly in parentheses is an aside (（作者系…研究员）, a byline or a note), not a title.
  if (/^[（(][^（）()]+[）)]$/.test(text)) return false;
  return text.length <= Math.max(6, Math.floor(typicalWidth * 0.75));
}

/** The most common length of long-ish lines: the page's text width. */
export function typicalLineWidth(lines: string[]): number {
  const counts = new Map<number, number>();
  for (const line of lines) {
    const len = line.trim().length;
    if (len >= 10) counts.set(len, (counts.get(len) ?? 0) + 1);
  }
  let best = 40;
  let bestCount = 0;
  for (const [len, count] of counts) {
    if (count > bestCount || (count === bestCount && len > best)) [best, bestCount] = [len, count];
  }
  return best;
}

/** Joins a continuation onto the text before it: nothing between CJK, one space between Latin words. */
export function joinFragments(left: string, right: string): string {
  const a = left.replace(/\s+$/, '');
  const b = right.replace(/^\s+/, '');
  if (a.length === 0) return b;
  const last = a[a.length - 1] as string;
  const first = b[0] ?? '';
  const latin = (ch: string): boolean => /[A-Za-z0-9%]/.test(ch);
  if (latin(last) && latin(first)) return `${a} ${b}`;
  if (last === '-' && /[a-z]/.test(first)) return a.slice(0, -1) + b;
  return a + b;
}

/**
 * Rebuilds paragraphs from wrapped lines. A line starts a new paragraph when the text before it
 * ends a sentence and a blank line or a heading intervenes; otherwise it continues the paragraph.
 * A very short line standing alone between blank lines is a heading even after an unfinished line.
 */
export function joinBrokenLines(lines: string[]): string[] {
  const width = typicalLineWidth(lines);
  const out: string[] = [];
  let current = '';
  // Whether the text before this line finished a sentence (true at the start of the document).
  let afterSentence = true;
  const flush = (): void => {
    if (current.trim()) out.push(current.trim());
    current = '';
  };
  for (let i = 0; i < lines.length; i += 1) {
    const line = (lines[i] as string).trim();
    if (line.length === 0) continue;
    const blankBefore = i > 0 && (lines[i - 1] as string).trim() === '';
    const blankAfter = i + 1 >= lines.length || (lines[i + 1] as string).trim() === '';
    // An unnumbered title stands alone or follows a finished sentence; otherwise it is wrapped text.
    const heading =
      isHeadingLine(line, width) && (blankAfter || NUMBERED_HEADING.test(line) || (blankBefore && afterSentence && current !== ''));
    // A chapter heading stands alone even after an unfinished line (a cover title above it).
    const standalone = heading && ((blankBefore && blankAfter && line.length <= 12) || CHAPTER_HEADING.test(line));
    const fresh = current === '' || (SENTENCE_END.test(current) && (blankBefore || heading));
    if (heading && (fresh || standalone)) {
      flush();
      out.push(line);
      afterSentence = false;
      continue;
    }
    if (fresh) {
      flush();
      current = line;
    } else {
      current = joinFragments(current, line);
    }
    afterSentence = SENTENCE_END.test(current);
  }
  flush();
  return out;
}

/** Spaces a PDF put around digits and CJK punctuation (`截至 2017年`, `弄潮儿， 2017`) are layout, not text. */
export function tidySpaces(line: string): string {
  return line
    .replace(/[ \t\u00a0]{2,}/g, ' ')
    .replace(/([\u4e00-\u9fff，。：；、“”（）])[ \t]+(?=\d)/g, '$1')
    .replace(/(\d)[ \t]+(?=[\u4e00-\u9fff])/g, '$1')
    .replace(/([，。：；、“”（）])[ \t]+/g, '$1')
    .replace(/[ \t]+(?=[，。：；、“”（）])/g, '');
}

/** A document's own title repeated as a running head, alone on a line or glued before text. */
export function dropRunningTitle(lines: string[], title: string | undefined): string[] {
  const head = title?.trim();
  if (!head || head.length < 6) return lines;
  let seen = false;
  return lines.flatMap((line) => {
    const text = line.trim();
    if (text === head) {
      const keep = !seen;
      seen = true;
      return keep ? [line] : [];
    }
    return text.startsWith(`${head} `) ? [text.slice(head.length).trim()] : [line];
  });
}

/**
 * Repairs extracted text; form feeds separate pages (as PDF extraction writes them), so headers
 * and footers can be found at the pages' edges before the pages are run together.
 */
export function repairText(raw: string, options: { title?: string } = {}): string {
  const text = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const pages = text.split('\f').map((page) => page.split('\n'));
  const joined = pages.length > 1 ? dropPageEdgeRepeats(pages).flatMap((page) => [...page, '']) : (pages[0] ?? []);
  // Repeats are counted before the edges were trimmed: a two-line running head loses its edge line
  // there, and its other line must still count as often as it was printed.
  const lines = dropRunningTitle(dropPageFurniture(joined, pages.flat()), options.title)
    .map((line) => removeFootnoteMarkers(collapseLetterSpacing(undoubleLine(line))))
    .map((line) => (line.trim().length === 0 ? '' : line));
  return joinBrokenLines(lines).map(tidySpaces).join('\n');
}
