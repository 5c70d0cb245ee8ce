import { describe, expect, it } from 'vitest';
import {
  collapseLetterSpacing,
  dropPageFurniture,
  dropRunningTitle,
  joinBrokenLines,
  joinFragments,
  removeFootnoteMarkers,
  repairText,
  tidySpaces,
  undoubleLine,
} from '../../../knowledge/ingest/repair.js';

describe('repair passes', () => {
  it('GIVEN a sentence broken across CJK lines THEN the lines are joined with nothing between', () => {
    expect(joinBrokenLines(['投资者应当核实产品的发', '行主体和资金去向。'])).toEqual(['投资者应当核实产品的发行主体和资金去向。']);
  });

  it('GIVEN Latin words broken across lines THEN they are joined with one space', () => {
    expect(joinFragments('the regulatory', 'sandbox')).toBe('the regulatory sandbox');
    expect(joinBrokenLines(['监管沙箱最早叫 regulatory', 'sandbox，由英国提出。'])).toEqual([
      '监管沙箱最早叫 regulatory sandbox，由英国提出。',
    ]);
  });

  it('GIVEN blank lines inside a sentence (one blank line after every printed line) THEN the sentence is still joined', () => {
    const lines = [
      '网络借贷平台应当落实银行资金存管制度并定期',
      '',
      '披露信息，不得设立资金池。',
      '',
      '下一段从这里开始，讲的是别的事情。',
    ];
    expect(joinBrokenLines(lines)).toEqual([
      '网络借贷平台应当落实银行资金存管制度并定期披露信息，不得设立资金池。',
      '下一段从这里开始，讲的是别的事情。',
    ]);
  });

  it('GIVEN a running title repeated on every page THEN it is dropped', () => {
    const lines = ['某某研究报告', '正文第一页。', '某某研究报告', '正文第二页。', '某某研究报告', '正文第三页。'];
    expect(dropPageFurniture(lines)).toEqual(['正文第一页。', '正文第二页。', '正文第三页。']);
  });

  it('GIVEN page marks like P.85P.84 and bare page numbers THEN they are dropped', () => {
    expect(dropPageFurniture(['正文。', 'P.85P.84', '12', 'P.05', '正文续。'])).toEqual(['正文。', '正文续。']);
  });

  it("GIVEN the document's own title glued before a line THEN the running title is removed", () => {
    expect(dropRunningTitle(['风险对策报告', '正文。', ' 风险对策报告 例同比上升，'], '风险对策报告')).toEqual([
      '风险对策报告',
      '正文。',
      '例同比上升，',
    ]);
  });

  it('GIVEN a bold heading whose characters came out doubled THEN it is restored', () => {
    expect(undoubleLine('警醒警醒：：严监管严监管 堵源头堵源头')).toBe('警醒：严监管 堵源头');
    expect(undoubleLine('““猫鼠游戏猫鼠游戏””')).toBe('“猫鼠游戏”');
  });

  it('GIVEN ordinary text with a repeated word THEN it is not undoubled', () => {
    expect(undoubleLine('常常有人问这个问题')).toBe('常常有人问这个问题');
    expect(undoubleLine('人人')).toBe('人人');
  });

  it('GIVEN footnote markers THEN they are removed from the sentence', () => {
    expect(removeFootnoteMarkers('平台数量大幅下降[28]，风险逐步出清[3]。')).toBe('平台数量大幅下降，风险逐步出清。');
  });

  it('GIVEN letter-spaced text THEN it is closed up', () => {
    expect(collapseLetterSpacing('是 一 个 局 部 测')).toBe('是一个局部测');
    expect(collapseLetterSpacing('严监管 堵源头')).toBe('严监管 堵源头');
  });

  it('GIVEN layout spaces around digits THEN they go, and full-width characters stay as they were', () => {
    expect(tidySpaces('截止 2017年第三季度， 全国共有 6家（ＡＢＣ）')).toBe('截止2017年第三季度，全国共有6家（ＡＢＣ）');
  });

  it('GIVEN a damaged page THEN repairText applies every pass', () => {
    const raw = [
      '测试报告',
      '',
      '一、总体情况',
      '',
      '截至 2023年末，本地平台[12]数',
      '量已大幅下',
      '降。',
      '',
      'P.12',
      '',
      '测试报告',
      '',
      '测试报告',
      '',
      '风险提示风险提示',
      '',
    ].join('\n');
    expect(repairText(raw, { title: '测试报告' })).toBe(['一、总体情况', '截至2023年末，本地平台数量已大幅下降。', '风险提示'].join('\n'));
  });
});
