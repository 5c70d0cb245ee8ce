import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument } from '../../../knowledge/ingest/chunk.js';
import { isPageNumberLine } from '../../../knowledge/ingest/furniture.js';
import { readPdf } from '../../../knowledge/ingest/pdf.js';
import { readCorpus } from '../../../knowledge/ingest/read.js';
import type { Passage } from '../../../knowledge/types.js';
import { CHAPTERS, FALLBACK, REPORT } from '../../fixtures/pdf/fixture-text.js';
import { runCli, tempDataDir } from '../../helpers/run.js';

const FIXTURES = path.resolve(import.meta.dirname, '..', '..', 'fixtures', 'pdf');
const REPORTS = path.join(FIXTURES, 'reports');
const FALLBACK_DIR = path.join(FIXTURES, 'fallback');

async function passagesOf(dir: string): Promise<Map<string, Passage[]>> {
  const { docs, problems } = await readCorpus([dir]);
  expect(problems).toEqual([]);
  return new Map(docs.map((doc) => [doc.file, chunkDocument(doc)]));
}

/** Lines of a passage that are page furniture: the running header or a page number. */
const furnitureIn = (passages: Passage[]): string[] =>
  passages.flatMap((p) => [
    ...(p.text.includes(REPORT.runningHeader) || p.text.includes('风险监测年报 ·') ? [`${p.id}: running header`] : []),
    ...p.text
      .split('\n')
      .filter(isPageNumberLine)
      .map((line) => `${p.id}: ${line}`),
  ]);

describe('a Chinese PDF with metadata, a running header and page numbers', async () => {
  const byFile = await passagesOf(REPORTS);
  const variants = [...byFile.entries()];

  it('GIVEN the fixture folder THEN both the two-page and the three-page report are read', () => {
    expect([...byFile.keys()]).toEqual(['lanhu-annual-2p.pdf', 'lanhu-annual-3p.pdf']);
  });

  it("GIVEN no manifest THEN every passage carries the PDF's document-information Title", () => {
    for (const [, passages] of variants) {
      expect(passages.length).toBeGreaterThanOrEqual(4);
      expect([...new Set(passages.map((p) => p.title))]).toEqual([REPORT.title]);
    }
  });

  it('GIVEN chapter one on the first page THEN it is the first section and its passage shows the heading', () => {
    for (const [, passages] of variants) {
      expect(passages[0]?.section).toBe(CHAPTERS[0]?.heading);
      expect(passages[0]?.text.startsWith(`${CHAPTERS[0]?.heading}\n蓝湖金融资产交易中心成立于`)).toBe(true);
    }
  });

  it('GIVEN every chapter THEN each is a section, with its numbered subsections under it', () => {
    for (const [, passages] of variants) {
      expect([...new Set(passages.map((p) => p.section))]).toEqual([
        '第一章 蓝湖金融资产交易中心的由来',
        '第二章 风险暴露与处置经过 > 一、兑付逾期',
        '第二章 风险暴露与处置经过 > 二、清理整顿',
        '第三章 给投资者的提示',
      ]);
    }
  });

  it('GIVEN a running header on every page and page numbers THEN no passage contains either', () => {
    for (const [, passages] of variants) expect(furnitureIn(passages)).toEqual([]);
  });

  it('GIVEN the same text on two pages and on three THEN the passages are the same', () => {
    const shape = (passages: Passage[]) => passages.map(({ title, section, text }) => ({ title, section, text }));
    expect(shape(byFile.get('lanhu-annual-2p.pdf') ?? [])).toEqual(shape(byFile.get('lanhu-annual-3p.pdf') ?? []));
  });

  it('GIVEN the PDF THEN its title fields are read from the document information and the XMP packet', async () => {
    const { pages, titles } = await readPdf(new Uint8Array(readFileSync(path.join(REPORTS, 'lanhu-annual-2p.pdf'))));
    expect(pages.length).toBe(2);
    expect(titles).toEqual([REPORT.title, REPORT.title]);
  });

  it("GIVEN a manifest entry for the PDF THEN the manifest's title wins over the metadata", async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'finrisk-pdf-'));
    copyFileSync(path.join(REPORTS, 'lanhu-annual-2p.pdf'), path.join(dir, 'a.pdf'));
    writeFileSync(path.join(dir, 'manifest.json'), JSON.stringify({ documents: [{ file: 'a.pdf', title: '编者给的标题' }] }));
    const passages = (await passagesOf(dir)).get('a.pdf') ?? [];
    expect([...new Set(passages.map((p) => p.title))]).toEqual(['编者给的标题']);
    expect(passages[0]?.section).toBe(CHAPTERS[0]?.heading);
  });
});

describe('a draft PDF whose Title field is a word-processor file name', async () => {
  const passages = (await passagesOf(FALLBACK_DIR)).get('lanhu-draft.pdf') ?? [];

  it('GIVEN "Microsoft Word - ….docx" as Title THEN the cover title in large type is the title, not the label above it nor chapter one', () => {
    expect([...new Set(passages.map((p) => p.title))]).toEqual([FALLBACK.coverTitle]);
    expect(passages[0]?.section).toBe(CHAPTERS[0]?.heading);
  });

  it('GIVEN bare page numbers, the running header and the cover lines THEN no passage contains them', () => {
    expect(furnitureIn(passages)).toEqual([]);
    expect(passages.filter((p) => p.text.includes(FALLBACK.coverTitle) || p.text.includes(FALLBACK.coverLabel)).map((p) => p.id)).toEqual(
      [],
    );
  });

  it('GIVEN the first page THEN its display type is the cover title, then the chapter headings', async () => {
    const { titles, display } = await readPdf(new Uint8Array(readFileSync(path.join(FALLBACK_DIR, 'lanhu-draft.pdf'))));
    expect(titles).toEqual([FALLBACK.infoTitle, FALLBACK.infoTitle]);
    expect(display).toEqual([FALLBACK.coverTitle, CHAPTERS[0]?.heading, CHAPTERS[1]?.heading]);
  });
});

describe('finrisk search over the PDF fixture', () => {
  it('GIVEN --corpus the fixture folder THEN results cite the PDF title and the chapter as section', async () => {
    const result = await runCli(['search', '兑付逾期 提现通道', '--json', '--k', '2', '--corpus', REPORTS], {
      env: { FINRISK_DATA_DIR: tempDataDir() },
    });
    expect(result.code).toBe(0);
    const output = JSON.parse(result.stdout) as { results: Array<{ doc: string; title: string; section: string; passage: string }> };
    // The two variants score alike, so their order is not the point.
    const cited = output.results.map(({ doc, title, section }) => ({ doc, title, section })).sort((a, b) => a.doc.localeCompare(b.doc));
    expect(cited).toEqual(
      ['lanhu-annual-2p.pdf', 'lanhu-annual-3p.pdf'].map((doc) => ({
        doc,
        title: REPORT.title,
        section: '第二章 风险暴露与处置经过 > 一、兑付逾期',
      })),
    );
  });
});
