/** Made-up report documents for knowledge tests: a file name, a title, the text, and a date if any. */
import type { SourceDoc } from '../../knowledge/types.js';

export const reportDoc = (file: string, title: string, text: string, date?: string): SourceDoc => ({
  file,
  path: `/${file}`,
  title,
  hash: file,
  text,
  kind: 'report',
  ...(date ? { date } : {}),
});

/** A report titled by its file name. */
export const untitledDoc = (file: string, text: string): SourceDoc => reportDoc(file, file, text);

/** A note of knowledge/notes' kind (answers personal tasks and victims' questions). */
export const noteDoc = (file: string, title: string, text: string): SourceDoc => ({ ...reportDoc(file, title, text), kind: 'note' });
