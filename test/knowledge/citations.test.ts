import { describe, expect, it } from 'vitest';
import { resolveCitations, UNLOADED_REPORT } from '../../knowledge/citations.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import type { SourceDoc } from '../../knowledge/types.js';

const doc = (file: string, title: string, text: string, kind: SourceDoc['kind']): SourceDoc => ({
  file,
  path: `/${file}`,
  title,
  hash: file,
  text,
  kind,
});
// Our own wording: a report numbered 007 and a note citing it by number.
const report = doc('007_abc.txt', '县域交易场所调查', '一、概况\n县域交易场所多数已经停业。', 'report');
const note = doc('n.md', '测试笔记', '一、要点\n县域场所多已停业（来源：《#007》，概况部分）。另见《#009》。', 'note');

describe('notes cite reports by their corpus number', () => {
  it('GIVEN a note citing 《#007》 and a report 007_… THEN the citation reads the report’s title, and an unloaded number never a file name', () => {
    const [resolved] = resolveCitations([note], [report]);
    expect(resolved?.text).toBe(`一、要点\n县域场所多已停业（来源：《县域交易场所调查》，概况部分）。另见《${UNLOADED_REPORT}》。`);
  });

  it('GIVEN the resolved note indexed THEN an answer drawn from it carries the title, not the number', () => {
    const knowledge = buildKnowledgeFromDocs([report, ...resolveCitations([note], [report])]);
    const answer = knowledge.ask('县域场所停业了吗？');
    expect(answer.sources.map((s) => s.text ?? '').join('')).not.toContain('#007');
  });
});
