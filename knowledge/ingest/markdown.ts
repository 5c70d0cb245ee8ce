/** Markdown notes to plain text: headings stay as `#` lines (the chunker reads them as sections). */
export function markdownToText(markdown: string): string {
  const lines = markdown
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .split('\n');
  const out: string[] = [];
  let fenced = false;
  for (const raw of lines) {
    if (/^\s*```/.test(raw)) {
      fenced = !fenced;
      continue;
    }
    if (fenced) continue;
    const line = raw
      .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
      .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
      .replace(/(\*\*|__)(.+?)\1/g, '$2')
      .replace(/(^|[^*])\*([^*\n]+)\*/g, '$1$2')
      .replace(/`([^`]+)`/g, '$1')
      .replace(/^\s*#{1,6}\s+/, '')
      .replace(/^\s*>\s?/, '')
      .replace(/^\s*(?:[-*+]|\d+\.)\s+/, '')
      .replace(/^\s*\|.*\|\s*$/, (row) => row.replace(/\|/g, ' ').trim())
      .trimEnd();
    if (/^\s*[-:| ]+$/.test(line) && line.includes('-')) continue;
    if (line.trim().length > 0) out.push(line.trim());
  }
  return out.join('\n');
}
