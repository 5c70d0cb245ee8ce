/**
 * A document's title, from the best source that has one: the manifest, the PDF's own metadata
 * (document information `Title`, XMP `dc:title`), the largest type on the first page, a title
 * line there, the running header, the file name. A chapter heading is a section, so it is a title only when nothing else is.
 */
import { isPageNumberLine, NUMBERED_HEADING } from './furniture.js';

/** What word processors and scanners put in the Title field when the author wrote none. */
const PLACEHOLDER_TITLES = [
  /\.(?:pdf|docx?|wps|xlsx?|pptx?|rtf|odt|txt|html?|indd|tex|e?ps|jpe?g|png|tiff?)$/i,
  /^(?:microsoft\s+(?:word|powerpoint|excel)|wps\s*(?:文字|演示|表格)|word|powerpoint)\s*[-–—:：]/i,
  /^(?:untitled|无标题|未命名|新建|document|文档|slide|幻灯片|title|标题|presentation|演示文稿|scan|扫描|image|img)[\s\d_\-.()（）]*$/i,
  /^新建\s*(?:microsoft\s*)?(?:word|wps|powerpoint|excel)?\s*(?:文档|文字文稿|演示文稿|工作表|文件)/i,
  /^(?:[a-z]:\\|\/)/i, // a path
  /^[\d\s\p{P}\p{S}]+$/u, // digits and punctuation only
  /\ufffd/, // undecodable
];

/** Characters a GBK or UTF-8 title turns into when read as PDFDocEncoding (`Ä³ÊÐ`). */
const MOJIBAKE = /[\u0080-\u024f\u02c6-\u02dc\u2013-\u2044]/g;

function tidy(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A title field that names the document rather than the file it was made from. */
export function isUsableTitle(candidate: string, fileName: string): boolean {
  const text = tidy(candidate);
  if (text.length < 2 || text.length > 120 || NUMBERED_HEADING.test(text)) return false;
  const stem = fileName.replace(/\.[^.]+$/, '').toLowerCase();
  if (text.toLowerCase() === stem || text.toLowerCase() === fileName.toLowerCase()) return false;
  if ((text.match(MOJIBAKE) ?? []).length > text.length / 2) return false;
  return !PLACEHOLDER_TITLES.some((pattern) => pattern.test(text));
}

/** A file stem that reads as a name (`蓝湖年报`, `annual-report`), not an id (`000_6edacb81`, `scan0001`). */
function readableStem(fileName: string): string | undefined {
  const stem = fileName.replace(/\.[^.]+$/, '');
  if (/[0-9a-f]{8,}/i.test(stem) || !isUsableTitle(stem, '')) return undefined;
  return /[\u4e00-\u9fff]|[a-z]{3,}/i.test(stem) ? stem : undefined;
}

const BODY_LINE = /[。！？；!?;]|[：:]$/;

/**
 * The first line above the body text of the first page that reads as a title: short, no sentence
 * punctuation, not a numbered heading. The search stops at the first line of body text.
 */
export function firstPageTitle(lines: string[]): string | undefined {
  for (const raw of lines.slice(0, 8)) {
    const line = tidy(raw.replace(/^#+\s*/, ''));
    if (line.length === 0 || isPageNumberLine(line)) continue;
    if (line.length > 60 || BODY_LINE.test(line)) return undefined;
    if (!NUMBERED_HEADING.test(line) && /[\u4e00-\u9fffA-Za-z]/.test(line)) return line;
  }
  return undefined;
}

export interface TitleSources {
  manifest?: string;
  /** Title fields of the file's metadata, most trusted first. */
  metadata?: string[];
  /** First-page lines set in display type, largest first (PDFs only). */
  display?: string[];
  /** Repaired text of the document (its first lines are the first page's). */
  text: string;
  /** A running header found at the top of the first page. */
  header?: string;
  fileName: string;
}

/** The document's title: the first source in the order above that has a usable one. */
export function chooseTitle(sources: TitleSources): string {
  if (sources.manifest) return sources.manifest;
  const meta = sources.metadata?.find((t) => isUsableTitle(t, sources.fileName));
  if (meta) return tidy(meta);
  const display = sources.display
    ?.map(tidy)
    .find((line) => line.length <= 60 && !BODY_LINE.test(line) && isUsableTitle(line, sources.fileName));
  if (display) return display;
  const lines = sources.text.split('\n');
  const title = firstPageTitle(lines) ?? (sources.header && isUsableTitle(sources.header, sources.fileName) ? sources.header : undefined);
  if (title) return title;
  const stem = readableStem(sources.fileName);
  if (stem) return stem;
  const heading = lines.map(tidy).find((line) => line.length > 0 && line.length <= 60 && NUMBERED_HEADING.test(line));
  return heading ?? sources.fileName.replace(/\.[^.]+$/, '');
}
