import { describe, expect, it } from 'vitest';
import { unmetProvince, unwrittenYearIn } from '../../knowledge/answer-gates.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { analyzeQuestion } from '../../knowledge/question.js';
import { outOfScope } from '../../knowledge/scope.js';
import { noteDoc, reportDoc } from '../helpers/docs.js';

// Our own wording throughout: no report text. Round 16, issue 14 point 6 (an honest "not in the reports").
describe('round 16: a year a Chinese question dates its ask by must be written in a quoted passage', () => {
  const knowledge = buildKnowledgeFromDocs([
    reportDoc(
      'r.txt',
      '地方债务观察',
      [
        '一、专项债',
        '2019年至2021年甲省累计新增地方政府专项债券3000亿元，用于补充小银行资本金。',
        '二、交易中心',
        '甲中心于2014年底注册成立，平台于2015年3月正式上线运营。',
      ].join('\n'),
      '2022-06',
    ),
  ]);

  it('GIVEN a year the passages never write in the asking clause THEN the question is refused', () => {
    expect(knowledge.ask('2020年甲省新增了多少专项债？').found).toBe(false);
    expect(knowledge.ask('甲中心（2016年）现在还在运营吗').found).toBe(false);
  });

  it('GIVEN the year told as a premise before the ask, or written in the passage THEN it is answered', () => {
    expect(knowledge.ask('甲中心是2014年底成立的，那它的平台是什么时候上线的？').answer.join('')).toContain('2015年3月');
    expect(knowledge.ask('2019年至2021年甲省新增了多少专项债？').answer.join('')).toContain('3000亿元');
  });
});

describe('round 16: a holder asking for their money back is answered from the notes', () => {
  const knowledge = buildKnowledgeFromDocs([
    reportDoc(
      'r.txt',
      '甲交易所关停观察',
      Array.from({ length: 8 }, (_, i) => `第${i + 1}节\n甲交易所第${i + 1}批被关停，甲交易所的业务资质取消，甲交易所退出市场。`).join(
        '\n',
      ),
    ),
    noteDoc(
      'n.md',
      '甲交易所是什么',
      [
        '# 甲交易所',
        '## 甲交易所是什么',
        '甲交易所是一类地方交易场所的统称，甲交易所曾经很多。',
        '## 对持有人意味着什么',
        '甲交易所关停后，持有人的存量产品由当地政府安排各方协商处置，钱不会一笔勾销。',
      ].join('\n'),
    ),
  ]);

  it('GIVEN "钱还能拿回来吗" or "找谁要" THEN the note section for holders answers, not the reports nor the note\'s definition', () => {
    for (const q of ['甲交易所关了我的钱还能拿回来吗', '甲交易所都关门了，我买的产品钱咋办啊？还能找谁要？']) {
      const answer = knowledge.ask(q);
      expect(answer.found, q).toBe(true);
      expect(answer.answer.join(''), q).toContain('协商处置');
    }
  });
});

describe('round 16: a sum asked in its unit, a city, a firm the reports never name, an English cap', () => {
  const knowledge = buildKnowledgeFromDocs([
    reportDoc(
      'r.txt',
      '乙市网络借贷观察',
      [
        '一、房企',
        '近两年甲地产、乙地产等龙头房企纷纷暴雷，2020年以来多家企业债券违约。',
        '二、网贷',
        '截至今年6月底，我市网贷平台已超过70家，注册资金超过20亿元。',
        '三、银行',
        '2019年至2023年，丙银行的净息差降幅约1.2个百分点。',
        '四、现金贷',
        '监管部门指出，现金贷的实际利率畸高，有申请就放贷，贷后靠暴力催收。',
        '五、其他',
        '深圳、广州等地也出台了网贷管理办法。',
      ].join('\n'),
    ),
  ]);

  it('GIVEN a sum asked in 亿 and sentences with only years THEN it is refused; GIVEN the sum in its unit THEN it is answered', () => {
    expect(knowledge.ask('甲地产暴雷的时候总负债到底有多少亿？').found).toBe(false);
    expect(knowledge.ask('乙市网贷平台的注册资金有多少亿？').answer.join('')).toContain('20亿元');
  });

  it("GIVEN a city neither the sentences nor the report's title name THEN it is refused; GIVEN the report's own city THEN it is answered", () => {
    expect(knowledge.ask('深圳的网贷平台一共有多少家？').found).toBe(false);
    expect(knowledge.ask('乙市的网贷平台有多少家？').answer.join('')).toContain('70家');
  });

  it('GIVEN a firm the reports never write, named before its kind (丁众银行) THEN it is refused', () => {
    expect(knowledge.ask('丁众银行的净息差降幅是多少？').found).toBe(false);
    expect(knowledge.ask('丙银行的净息差降幅是多少？').answer.join('')).toContain('1.2个百分点');
  });

  it('GIVEN an English question for a rate cap and sentences without one THEN it is refused', () => {
    expect(knowledge.ask('What interest rate cap did regulators set for cash loans?').found).toBe(false);
  });
});

describe('round 16: a pick among options asked without 好, and a list announced with its first item', () => {
  const knowledge = buildKnowledgeFromDocs([
    reportDoc(
      'r.txt',
      '交易中心的信息系统',
      [
        '一、云计算',
        '交易中心的信息系统一般都需要走云计算的路子。目前云计算可以选择三种模式，即公有云、混合云和私有云。自建私有云的性价比当前没有优势。综合来看，混合云可能是大多数平台当前的最佳选择。',
        '二、区块链',
        '交易中心非常适合区块链技术，原因在于：1）交易各方之间需要增强信任；2）资产交易属于非高频交易。因此交易中心可以探索区块链应用。',
      ].join('\n'),
    ),
  ]);

  it('GIVEN "该选A、B还是C" or "推荐哪种方案" THEN the sentence that makes the pick is shown', () => {
    expect(analyzeQuestion('交易中心该上公有云还是自建私有云？报告推荐哪种方案？').type).toBe('choice');
    expect(knowledge.ask('交易中心的信息系统该选公有云、私有云还是混合云？').answer.join('')).toContain('最佳选择');
  });

  it('GIVEN a cause announced with its first item (原因在于：1）…；) THEN the next item is shown too', () => {
    expect(knowledge.ask('为什么说交易中心特别适合区块链技术？').answer.join('')).toContain('非高频交易');
  });
});

describe('round 16: colloquial questions the reports answer are not refused for how they are said', () => {
  const knowledge = buildKnowledgeFromDocs([
    reportDoc(
      'r.txt',
      '沙箱与区块链',
      [
        '一、试点',
        '2021年3月，证监会在北京市率先启动了资本市场金融科技创新试点工作。12月30日，北京专项工作组完成了第一批16个试点项目的遴选。',
        '二、区块链',
        '2017年8月18日，由甲金融作为技术服务商的首单区块链交易所资产证券化产品获得乙交易所批文，发行总规模4亿元。',
        '三、地方监管',
        '丙市最早于2014年8月发布了互联网金融的地方监管文件。',
      ].join('\n'),
    ),
  ]);

  it('GIVEN an ordinal (第一波), a variant (互连网), 头一单 or the asker’s own verbs (管住, 先开搞) THEN the report’s answer is shown', () => {
    expect(knowledge.ask('北京那边第一波入选的试点项目一共几个？').answer.join('')).toContain('16个');
    expect(knowledge.ask('哪个地方最早出台互连网金融的地方监管文件？').answer.join('')).toContain('丙市');
    expect(knowledge.ask('国内头一单区块链交易所资产证券化产品一共发了多大规模？').answer.join('')).toContain('4亿元');
  });

  it('GIVEN 哪家平台 THEN it is no question of which is cheaper (平 of 平台 is not 平啲)', () => {
    expect(outOfScope('这单资产证券化是哪家平台弄的？')).toBeNull();
    expect(outOfScope('边个平台手续费平啲？')).toBe('advice');
  });
});

describe('round 16: English names that carry a year or a province', () => {
  it('GIVEN a year in a document title (the 2015 Guiding Opinions) THEN no passage need write it; a year the ask is dated by still must', () => {
    expect(unwrittenYearIn('Under the 2015 Guiding Opinions, which regulator oversees P2P?', ['网贷由银监会监管'], true)).toBeUndefined();
    expect(unwrittenYearIn('How many P2P platforms were there in 2015?', ['2016年末平台共4624家'], true)).toBe(2015);
  });
  it('GIVEN a province named in an English firm name THEN the passage naming it answers; a Chinese question still needs the sentence', () => {
    const passage = '由浙江互联网金融资产交易中心运营。截止2017年12月，网金社累计交易241亿。';
    expect(
      unmetProvince(['How much had the Zhejiang online exchange (WJS) traded?'], true, ['网金社累计交易241亿。'], [passage]),
    ).toBeUndefined();
    expect(unmetProvince(['广东的交易中心交易了多少？'], false, ['网金社累计交易241亿。'], [passage])).toBe('广东');
  });
});

describe('round 16: a region written as one word names its provinces', () => {
  it('GIVEN 江浙沪 in the sentence THEN a question about Jiangsu or 浙江 is met; 京津冀 meets 河北', () => {
    expect(unmetProvince(['How does Jiangsu compare?'], true, ['江浙沪地区的发行利差都低于8bp。'])).toBeUndefined();
    expect(unmetProvince(['浙江的利差是多少？'], false, ['江浙沪地区的发行利差都低于8bp。'])).toBeUndefined();
    expect(unmetProvince(['河北呢？'], false, ['京津冀协同发展。'])).toBeUndefined();
    expect(unmetProvince(['广东的利差是多少？'], false, ['江浙沪地区的发行利差都低于8bp。'])).toBe('广东');
  });
});
