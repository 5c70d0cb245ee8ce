/**
 * The notes name a report by its corpus number (《#001》 for 001_….txt) rather than copying its title:
 * the manifest stays the one place a title is written, and a retitled report is cited right after
 * the next index build. The number is resolved to the indexed report's title when the notes are
 * indexed; a report that is not loaded is named as such, never by its file name.
 */
import type { SourceDoc } from './types.js';

const KEY = /《#(\d{3})》/g;
export const UNLOADED_REPORT = '语料库中的报告（未载入）';

/** The notes with each 《#NNN》 replaced by 《title》 of the report whose file starts with NNN_. */
export function resolveCitations(notes: readonly SourceDoc[], reports: readonly SourceDoc[]): SourceDoc[] {
  const titles = new Map(reports.map((r) => [path(r.file).slice(0, 3), r.title]));
  return notes.map((note) => ({ ...note, text: note.text.replace(KEY, (_, n: string) => `《${titles.get(n) ?? UNLOADED_REPORT}》`) }));
}

/** The file's own name (a report's `file` may carry its folder). */
function path(file: string): string {
  return file.slice(file.lastIndexOf('/') + 1);
}
