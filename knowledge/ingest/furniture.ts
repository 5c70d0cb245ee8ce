/**
 * Page furniture: running headers and footers, and page numbers. Plain-text extractions have no
 * page boundaries, so there a line must recur on many lines to count; a PDF's pages are known,
 * so there a line at the top or bottom of two pages is enough, which short documents need.
 */
export const SENTENCE_END = /[。！？!?；;…]$|[。！？!?][”’」』）)]$/;
export const NUMBERED_HEADING =
  /^(?:第[一二三四五六七八九十百零〇\d]+[章节篇部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]|\d+(?:\.\d+)+\s*\S|\d+[.、．]\s*\S)/;

const PAGE_NUMBER = [
  /^(?:P\.?\s*\d{1,4}\s*)+$/i, // P.3, P.85P.84 (facing pages)
  /^[-–—\s]*\d{1,3}[-–—\s]*$/, // 3, - 3 -, — 3 — (not four digits: a year alone is text)
  /^第\s*\d{1,4}\s*页(?:\s*[,，/／]?\s*共\s*\d{1,4}\s*页)?$/, // 第3页, 第 3 页 共 10 页
  /^\d{1,4}\s*[/／]\s*\d{1,4}$/, // 3/10
  /^(?:page|pg\.?)\s*\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i, // Page 3 of 10
];

/** A line holding nothing but a page number, in any of the usual forms. */
export function isPageNumberLine(line: string): boolean {
  const text = line.trim();
  return text.length > 0 && PAGE_NUMBER.some((pattern) => pattern.test(text));
}

/**
 * Lines recurring three times or more (running titles) and page numbers are furniture, not text.
 * `countIn` is where the repeats are counted (by default the lines themselves).
 */
export function dropPageFurniture(lines: string[], countIn: string[] = lines): string[] {
  const counts = new Map<string, number>();
  for (const line of countIn) {
    const key = line.trim();
    if (key.length > 0 && key.length <= 40 && !SENTENCE_END.test(key)) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return lines.filter((line) => {
    const key = line.trim();
    if (isPageNumberLine(key)) return false;
    return (counts.get(key) ?? 0) < 3 || NUMBERED_HEADING.test(key);
  });
}

/** How many lines at each end of a page are searched for headers and footers. */
const EDGE_LINES = 2;

/** Same furniture with a different page number (`年报 · 第3页`, `2025 年报 3`): digits and spaces do not count. */
function furnitureKey(line: string): string | null {
  const text = line.trim();
  if (text.length < 2 || text.length > 60 || SENTENCE_END.test(text)) return null;
  return text.replace(/\s+/g, '').replace(/\d+/g, '#');
}

/** Indices of a page's first and last text lines, page numbers aside. */
function edgeIndices(page: string[]): number[] {
  const text = page.flatMap((line, i) => (line.trim().length > 0 && !isPageNumberLine(line) ? [i] : []));
  return [...new Set([...text.slice(0, EDGE_LINES), ...text.slice(-EDGE_LINES)])];
}

/** Keys of lines found at the top or bottom of two pages or more. */
export function edgeFurnitureKeys(pages: string[][]): Set<string> {
  const pagesOf = new Map<string, Set<number>>();
  pages.forEach((page, p) => {
    for (const i of edgeIndices(page)) {
      const key = furnitureKey(page[i] as string);
      if (key !== null) pagesOf.set(key, (pagesOf.get(key) ?? new Set()).add(p));
    }
  });
  return new Set([...pagesOf].filter(([, seen]) => seen.size >= 2).map(([key]) => key));
}

/**
 * Drops headers and footers repeated at the edges of two pages or more. A numbered heading that
 * recurs there (a chapter's running head) keeps its first occurrence: that one is the heading.
 */
export function dropPageEdgeRepeats(pages: string[][]): string[][] {
  const furniture = edgeFurnitureKeys(pages);
  if (furniture.size === 0) return pages;
  const kept = new Set<string>();
  return pages.map((page) => {
    const edges = new Set(edgeIndices(page));
    return page.filter((line, i) => {
      const key = edges.has(i) ? furnitureKey(line) : null;
      if (key === null || !furniture.has(key)) return true;
      if (!NUMBERED_HEADING.test(line.trim()) || kept.has(key)) return false;
      kept.add(key);
      return true;
    });
  });
}

/** The furniture line at the top of the first page (a running title), if any: a title of last resort. */
export function firstPageHeader(pages: string[][]): string | undefined {
  const furniture = edgeFurnitureKeys(pages);
  const first = pages[0] ?? [];
  const top = edgeIndices(first).slice(0, EDGE_LINES);
  const line = top.map((i) => first[i] as string).find((l) => furniture.has(furnitureKey(l) ?? ''));
  return line?.trim();
}
