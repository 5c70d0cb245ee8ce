import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWithReports, realCorpus } from '../helpers/corpus.js';

const notesDir = path.resolve(import.meta.dirname, '../../knowledge/notes');
const notes = readdirSync(notesDir)
  .filter((f) => f.endsWith('.md'))
  .map((f) => ({ file: f, text: readFileSync(path.join(notesDir, f), 'utf8') }));
const cjk = (s: string) => (s.match(/[\u4e00-\u9fff]/g) ?? []).length;
const squash = (s: string) => s.replace(/[^\u4e00-\u9fff0-9a-zA-Z%]/g, '');

describe('policy notes', () => {
  it('GIVEN the notes folder THEN it holds at least seven notes and nothing but notes', () => {
    expect(notes.length).toBeGreaterThanOrEqual(7);
    expect(readdirSync(notesDir).filter((f) => !f.endsWith('.md'))).toEqual([]);
  });

  it('GIVEN each note THEN a # title, ## sections, and 600-1500 Chinese characters', () => {
    const shape = notes.map(({ file, text }) => {
      const n = cjk(text);
      return [file, /^# \S/.test(text), (text.match(/^## \S/gm) ?? []).length >= 2, n >= 600 && n <= 1500];
    });
    expect(shape).toEqual(notes.map(({ file }) => [file, true, true, true]));
  });
});

// The notes cite and paraphrase the real reports, so these two checks need them.
describeWithReports('policy notes against the real reports', () => {
  const manifest = JSON.parse(readFileSync(path.join(realCorpus, 'manifest.json'), 'utf8')) as {
    documents: Array<{ file: string; title: string }>;
  };
  const numbers = new Set(manifest.documents.map((d) => `#${d.file.slice(0, 3)}`));

  it('GIVEN each citation in a note THEN it names a report of the corpus by its number, and every note cites one', () => {
    const cited = notes.map(({ file, text }) => {
      const named = [...text.matchAll(/（来源：《([^》]+)》/g)].map((m) => m[1] as string);
      return [file, named.length > 0, named.filter((t) => !numbers.has(t))];
    });
    expect(cited).toEqual(notes.map(({ file }) => [file, true, []]));
  });

  it('GIVEN the reports THEN no note repeats a run of 16 characters from them (notes are written in our own words)', () => {
    const corpus = manifest.documents.map((d) => squash(readFileSync(path.join(realCorpus, d.file), 'utf8'))).join('\n');
    const copied = notes.flatMap(({ file, text }) => {
      // Citations repeat report titles and section names by design, so they are left out.
      // Bare list items are names (四家机构), which may be repeated.
      const body = squash(
        text
          .replace(/（来源：[^）]*）/g, '')
          .replace(/^#+ .*$/gm, '')
          .replace(/^- [^，。；：]*$/gm, ''),
      );
      const runs: string[] = [];
      for (let i = 0; i + 16 <= body.length; i += 4) if (corpus.includes(body.slice(i, i + 16))) runs.push(body.slice(i, i + 16));
      return runs.map((r) => `${file}: ${r}`);
    });
    expect(copied).toEqual([]);
  });
});
