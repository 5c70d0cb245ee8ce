import { chmodSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { chunkDocument, PASSAGE_MAX } from '../../../knowledge/ingest/chunk.js';
import { readCorpus, readNotes } from '../../../knowledge/ingest/read.js';
import { DEFAULT_NOTES_DIR } from '../../../knowledge/index.js';
import type { SourceDoc } from '../../../knowledge/types.js';
import { minimalPdf } from '../../helpers/pdf.js';
import { describeWithReports, fixtureCorpus, realCorpus } from '../../helpers/corpus.js';

const scratch = (): string => mkdtempSync(path.join(os.tmpdir(), 'finrisk-corpus-'));

const fixtureFile = (name: string): string => readFileSync(path.join(fixtureCorpus, name), 'utf8');

describe('reading the fixture corpus (test/fixtures/corpus)', async () => {
  const { docs, problems } = await readCorpus([fixtureCorpus]);
  const passages = docs.flatMap(chunkDocument);
  const text = (file: string): string => docs.find((d) => d.file === file)?.text ?? '';

  it('GIVEN the fixture files THEN each artifact the repair handles is really in them', () => {
    const raw = ['f01-jinjiaosuo-closure.txt', 'f02-pseudo-exchange.txt', 'f03-p2p-exit.txt'].map(fixtureFile).join('\n');
    expect(raw).toMatch(/^P\.\d+P\.\d+$/m);
    expect(raw).toMatch(/^- \d+ -$/m);
    expect(raw).toContain('\f');
    expect(raw).toContain('\r\n');
    expect(raw).toContain('\ufeff');
    expect(raw).toMatch(/\[\d\]/);
    expect(raw).toContain('二二、、警示警示：：严监管严监管 清存量清存量');
    expect(raw).toContain('这 是 一 种 变 相 的 公 开 发 行');
    expect(raw).toContain('截至 2023年末， 各地');
    expect(raw).toContain('金交所清理整顿观察：关停之后的风险出清 截至');
    expect(raw.match(/^地方交易场所研究$/gm)).toHaveLength(3);
  });

  it('GIVEN the fixture THEN every document is read with its manifest title and no problem', () => {
    expect(problems).toEqual([]);
    const manifest = JSON.parse(fixtureFile('manifest.json')) as { documents: Array<{ file: string; title: string }> };
    expect(docs.map((d) => [d.file, d.title])).toEqual(manifest.documents.map((d) => [d.file, d.title]));
  });

  it('GIVEN the repaired text THEN no page mark, page number, running head, footnote marker or doubled heading is left', () => {
    const all = docs.map((d) => d.text).join('\n');
    const furniture = all
      .split('\n')
      .filter((l) => /^(?:P\.\d+)+$|^[-\s]*\d{1,3}[-\s]*$|^(地方交易场所研究|年度观察|网贷行业观察)$/.test(l.trim()));
    expect(furniture).toEqual([]);
    expect(all).not.toMatch(/P\.\d+P\.\d+|\[\d\]|\f|\r|\ufeff|警示警示/);
    expect(text('f01-jinjiaosuo-closure.txt').match(/金交所清理整顿观察/g)).toHaveLength(1);
  });

  it('GIVEN broken lines, letter spacing, layout spaces and doubled headings THEN the sentences and headings are whole again', () => {
    const closure = text('f01-jinjiaosuo-closure.txt');
    expect(closure).toContain('\n二、警示：严监管 清存量\n');
    expect(closure).toContain('被定位为地方国有金融资产、不良资产和信贷资产挂牌转让的场所。');
    expect(closure).toContain('这是一种变相的公开发行，资金最终流向哪里，投资者往往无从核实。');
    expect(closure).toContain('截至2023年末，各地已陆续收回40余家金交所的业务资质，存量产品进入兑付和清退阶段。');
    expect(text('f04-sandbox-pilot.txt')).toContain('监管沙箱（regulatory sandbox）让创新产品');
    expect(text('f03-p2p-exit.txt')).toContain('到2020年11月，全国在营的网贷机构已经全部退出');
  });

  it('GIVEN a table of one cell per line THEN its cells stay in the text and none becomes a section', () => {
    expect(text('f02-pseudo-exchange.txt')).toContain('\n名目\n典型说法\n登记备案中心\n备案即安全\n');
    const sections = new Set(passages.map((p) => p.section.split(' > ').at(-1)));
    for (const cell of ['名目', '典型说法', '登记备案中心', '方式', '良性清退']) expect(sections.has(cell), cell).toBe(false);
    expect(passages.filter((p) => p.doc === 'f02-pseudo-exchange.txt').map((p) => p.section)).toEqual([
      '一、什么是伪金交所',
      '二、识别：看牌照 看资金',
      '三、变种一览',
    ]);
  });

  it('GIVEN the passages THEN their offsets point into the document', () => {
    const byFile = new Map(docs.map((d) => [d.file, d]));
    expect(passages.length).toBeGreaterThanOrEqual(10);
    for (const p of passages) expect(byFile.get(p.doc)?.text.slice(p.start, p.end)).toBe(p.text);
  });
});

describeWithReports('reading the real corpus', async () => {
  const { docs, problems } = await readCorpus([realCorpus]);
  const passages = docs.flatMap(chunkDocument);

  it('GIVEN ../shared/corpus THEN every report is read with its manifest title and no problem', () => {
    expect(problems).toEqual([]);
    expect(docs.length).toBeGreaterThanOrEqual(5);
    expect(docs.every((d) => d.title.length > 0 && !d.title.endsWith('.txt'))).toBe(true);
  });

  it('GIVEN the passages THEN none holds a page-furniture line', () => {
    const furniture = passages.flatMap((p) =>
      p.text
        .split('\n')
        .filter(
          (line) =>
            /^(?:P\.\d+)+$/.test(line.trim()) ||
            /^\d{1,3}$/.test(line.trim()) ||
            /^(中国互联网金融资产交易中心|发展报告)$/.test(line.trim()),
        ),
    );
    expect(furniture).toEqual([]);
    expect(passages.filter((p) => /P\.\d{2}P\.\d{2}/.test(p.text)).map((p) => p.id)).toEqual([]);
  });

  it('GIVEN the passages THEN they stay near the size limit and their offsets point into the document', () => {
    const byFile = new Map(docs.map((d) => [d.file, d]));
    expect(passages.filter((p) => p.text.length > PASSAGE_MAX + 80).map((p) => p.id)).toEqual([]);
    for (const p of passages) expect(byFile.get(p.doc)?.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('GIVEN the doubled bold headings of the shutdown report THEN the restored heading is in the text', () => {
    const report = docs.find((d) => d.text.includes('猫鼠游戏'));
    expect(report?.text).toContain('警醒：严监管 堵源头');
    expect(report?.text).not.toContain('警醒警醒');
  });
});

describe('chunking', () => {
  const doc = (text: string): SourceDoc => ({ file: 't.txt', path: '/t.txt', title: '测试', hash: 'h', text, kind: 'report' });

  it('GIVEN numbered headings THEN passages carry the section path and the first shows its heading', () => {
    const body = '这是第一句话，内容足够长，用来组成一个段落。'.repeat(4);
    const passages = chunkDocument(doc(['一、总体情况', '（一）平台数量', body, '二、风险', body].join('\n')));
    expect(passages.map((p) => p.section)).toEqual(['一、总体情况 > （一）平台数量', '二、风险']);
    expect(passages[0]?.text.startsWith('一、总体情况\n（一）平台数量\n')).toBe(true);
  });

  it("GIVEN the document's own title as its first line THEN it is no section; a chapter heading taken for the title still is", () => {
    const body = '蓝湖中心的份额产品面向个人投资者销售，起投金额只有一千元。'.repeat(3);
    expect(chunkDocument(doc(['测试', '第一章 由来', body].join('\n'))).map((p) => p.section)).toEqual(['第一章 由来']);
    const withLabel = chunkDocument(doc(['内部资料', '测试', '第一章 由来', body].join('\n')));
    expect(withLabel.map((p) => [p.section, p.text.split('\n')[0]])).toEqual([['第一章 由来', '第一章 由来']]);
    const titledByChapter = { ...doc(['第一章 由来', body].join('\n')), title: '第一章 由来' };
    expect(chunkDocument(titledByChapter).map((p) => p.section)).toEqual(['第一章 由来']);
  });

  it('GIVEN a long section THEN it is cut on sentence boundaries into passages of 150–400 characters', () => {
    const sentence = '监管部门要求平台落实资金存管并且定期披露信息。';
    const passages = chunkDocument(doc(Array.from({ length: 60 }, () => sentence).join('')));
    expect(passages.length).toBeGreaterThan(3);
    for (const p of passages.slice(0, -1)) {
      expect(p.text.length).toBeGreaterThanOrEqual(150);
      expect(p.text.length).toBeLessThanOrEqual(400);
      expect(p.text.endsWith('。')).toBe(true);
    }
  });
});

describe('bad corpus input', () => {
  it('GIVEN a missing folder THEN a problem names it and how to fix it', async () => {
    const { docs, problems } = await readCorpus(['/no/such/folder']);
    expect(docs).toEqual([]);
    expect(problems).toEqual([
      { path: '/no/such/folder', message: 'corpus folder /no/such/folder does not exist: check --corpus / FINRISK_CORPUS' },
    ]);
  });

  it('GIVEN a file where a folder is expected THEN a problem says it is not a folder', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'x.txt'), '正文。');
    const { problems } = await readCorpus([path.join(dir, 'x.txt')]);
    expect(problems[0]?.message).toContain('is not a folder');
  });

  it('GIVEN an unreadable folder THEN a problem says permission denied (when not running as root)', async () => {
    const dir = scratch();
    const locked = path.join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o000);
    const { problems } = await readCorpus([locked]);
    chmodSync(locked, 0o755);
    const root = process.getuid?.() === 0;
    expect(problems.length).toBe(root ? 0 : 1);
    if (!root) expect(problems[0]?.message).toContain('permission denied');
  });

  it('GIVEN a malformed PDF and binary junk THEN each is a problem and the good file is still read', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'broken.pdf'), Buffer.from('%PDF-1.4\nthis is not really a pdf'));
    writeFileSync(path.join(dir, 'junk.txt'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 37) % 256)));
    writeFileSync(path.join(dir, 'good.txt'), '好的报告\n\n这是一份正常的报告正文。');
    const { docs, problems } = await readCorpus([dir]);
    expect(docs.map((d) => d.file)).toEqual(['good.txt']);
    expect(problems.map((p) => path.basename(p.path)).sort()).toEqual(['broken.pdf', 'junk.txt']);
    expect(problems.find((p) => p.path.endsWith('broken.pdf'))?.message).toMatch(/^not a readable PDF/);
    expect(problems.find((p) => p.path.endsWith('junk.txt'))?.message).toMatch(/^not UTF-8 text/);
  });

  it('GIVEN a valid PDF THEN its text layer is read', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'report.pdf'), minimalPdf('Regulatory sandbox pilot projects'));
    const { docs, problems } = await readCorpus([dir]);
    expect(problems).toEqual([]);
    expect(docs[0]?.text).toContain('Regulatory sandbox pilot projects');
  });

  it('GIVEN a malformed manifest THEN it is reported and titles come from the documents', async () => {
    const dir = scratch();
    writeFileSync(path.join(dir, 'manifest.json'), '{"documents": [{"file": 3}]}');
    writeFileSync(path.join(dir, 'a.txt'), '一份标题\n\n正文内容在这里。');
    const { docs, problems } = await readCorpus([dir]);
    expect(docs[0]?.title).toBe('一份标题');
    expect(problems[0]?.message).toMatch(/^manifest\.json ignored: documents\.0\.file/);
  });
});

describe('notes', () => {
  it('GIVEN knowledge/notes THEN at least six notes are read, titled by their first heading', async () => {
    const { docs, problems } = await readNotes(DEFAULT_NOTES_DIR);
    expect(problems).toEqual([]);
    expect(docs.length).toBeGreaterThanOrEqual(6);
    expect(docs.map((d) => d.title)).toContain('伪金交所及其变种如何识别');
    expect(docs.every((d) => !d.text.includes('##'))).toBe(true);
  });
});
