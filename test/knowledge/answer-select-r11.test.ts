import { describe, expect, it } from 'vitest';
import { unitOf, SHARE } from '../../knowledge/asked.js';
import { buildKnowledgeFromDocs } from '../../knowledge/index.js';
import { analyzeQuestion, answerTypeOf } from '../../knowledge/question.js';
import { strongCue } from '../../knowledge/type-evidence.js';
import { reportDoc as doc } from '../helpers/docs.js';

// Challenge data written before the change (round 11, answer selection): templates × phrasings over
// invented reports (青杉社, 澜川所, invented towns and bodies). No corpus or eval text.
// Templates: (1) which body oversees which business, (2) a named set referred to as 上述N城,
// (3) a demonstrative 那几个 inside a why question, (4) dialect how-much 好多, (5) who founded a venue.
const division = [
  '一、分工',
  '根据《澜川办法》的精神，按照分类监管、协同监管的原则，结合对甲类撮合、乙类支付、丙类众筹等业态的监管责任和业务边界，配合监管部门明确监管路径。' +
    '各部门的分工在此后陆续落地，业内认为分工总体清晰。',
  '二、落地',
  '《澜川办法》明确乙类支付业务由澜川人民银行监管，甲类撮合业务由澜川银行监督局监管，丙类众筹业务由澜川证券局监管。' +
    '这种分业监管的安排与当时的机构设置一致。',
].join('\n');
const towns = [
  '一、先行的三城',
  '今年三月，北岭、南渡、西塘三城的地方金融局先后公告，撤销辖内澜川所分支的业务资质。' +
    '北岭、南渡、西塘三座城市的分支分别是：北岭澜川资产中心、南渡澜川资产中心和西塘澜川资产中心。' +
    '据多位业内人士介绍，此次上述三城步调一致地宣布撤销分支资质的行为并非偶然，而是各地分支陆续退出的开始。' +
    '之所以是上述三城迈出第一步，是因为这三家分支此前风控较严，已无存量风险。',
].join('\n');
const products = [
  '一、产品的特点',
  '澜川所时期的产品多由第三方财富公司私下推荐，购买者以中老年人为主。' +
    '通常，这类产品的投资门槛在二十万元到两百万元之间，年化固定收益偏高（大概8%—11%之间），并常被说成有地方政府背书。' +
    '产品的发行方大多是关联企业，资金去向并不透明。',
].join('\n');
const founders = [
  '一、青杉社的设立',
  '现有的几家青杉类平台均经当地人民政府批准，对发起股东有较高要求，日常运营也受到明确监管，合规成为开业前提。' +
    '青杉社经北岭市人民政府批准设立，南渡青杉中心由南渡市金融办批准开业。',
  '二、股东',
  '青杉社由澜川融资担保股份有限公司（简称“澜保”）联合北辰电子和南星科技共同发起设立，主要从事各类资产的登记与交易服务。' +
    '平台成立之初的资产主要来自股东澜保。',
].join('\n');
const history = [
  '一、资产所的由来',
  '2009年5月，澜川第一家资产所（北岭资产所）成立。' +
    '其后，各地设立了一批资产所，理财公司也纷纷借资产所的名义为产品背书，宣称有政府兜底。' +
    '2019年监管部门对资产所开展了一轮专项整治，遏制了资产所为各类违规理财产品提供通道的势头，不少投资者的理财至今未能兑付。',
].join('\n');
// A later page of the same story, in the askers' own words: it shares more of a long question than the answer does.
const stories = [
  '一、投资者的遭遇',
  '2021年以来，不少老人前几年买过挂在资产所的理财，当时都说有政府兜底，如今家里人四处打听资产所理财兑付的消息。' +
    '2022年，一些资产所理财的投资者说，销售当时拍胸脯说有政府兜底，家里老人才买的。',
].join('\n');
// Why small lenders keep failing: a narrated effect (使得) that shares the question's words, and the cause stated outright (是主要原因).
const lenders = [
  '一、小贷公司的困境',
  '近年来澜川的小贷公司风险事件时有发生，多家小贷公司出事后被接管，这些事件反映了经营能力不足。' +
    '从风险的源头来看，股东挪用资金以及与地方人员之间的勾结是主要原因。',
  '二、技术',
  '风控系统研发成本高，使得小贷公司老出事时难以及时发现，小贷公司出事的根子也更难查清。' +
    '小贷公司购买风控系统后的运维成本也很高，小贷公司出事后往往无力更新系统。',
].join('\n');
// A rare product (青杉宝) named in many passages about its other facts, and defined in one that shares little else with the question.
const product = [
  '一、青杉宝的成绩',
  '青杉宝上线以来解决了不少麻烦，青杉宝的客户到底有多少、帮了谁，青杉宝的年报都有披露。',
  '二、青杉宝的风控',
  '青杉宝依据企业的经营情况和纳税记录构建风险模型，青杉宝的授信额度按月调整。',
  '三、青杉宝的试点',
  '青杉宝在北岭、南渡两地试点，青杉宝服务了近千家客户，青杉宝的坏账率很低。',
  '四、青杉宝的推广',
  '青杉宝今后将推广到更多城市，青杉宝的合作机构也在增加，青杉宝到底能走多远还要看监管。',
  '五、青杉宝的用户',
  '青杉宝给谁用最合适？青杉宝的用户多是小企业，青杉宝帮小企业解决周转的麻烦。',
  '六、青杉宝的机制',
  '青杉宝的运作机制还在完善，青杉宝的东西不少，青杉宝的定价按风险分档。',
  '七、青杉宝的问题',
  '青杉宝到底有什么麻烦？青杉宝的逾期有所上升，青杉宝的催收也在加强。',
  '八、青杉宝的用途',
  '青杉宝能干嘛用？青杉宝的额度每月调整，青杉宝也在试做别的东西。',
  '九、青杉宝的来历',
  '青杉宝产品正是澜川所与几家增信机构一起，结合外贸企业的报关场景开发的，是一站式报关融资服务产品，实现的是外贸企业线上融资直付关税的功能。',
].join('\n');
const filler = [
  '一、其他',
  '小额贷款公司的放贷对象以个体工商户为主，主要风险来自关联交易和过度授信，监管要求其按季度报送经营数据。' +
    '部分公司通过助贷合作扩大规模，但合作方的风控能力参差不齐。',
].join('\n');
const knowledge = buildKnowledgeFromDocs([
  doc('division.txt', '澜川办法的分工', division),
  doc('towns.txt', '三城撤销分支资质', towns),
  doc('products.txt', '澜川所产品观察', products),
  doc('founders.txt', '青杉类平台', founders),
  doc('history.txt', '资产所的由来', history),
  doc('stories.txt', '投资者的遭遇', stories),
  doc('lenders.txt', '小贷公司的困境', lenders),
  doc('product.txt', '青杉宝', product),
  doc('filler.txt', '小贷观察', filler),
]);
const shown = (question: string): string => knowledge.ask(question).answer.join('');

describe('which body oversees which business: the sentence that assigns them', () => {
  const phrasings = [
    '按《澜川办法》的分工，甲类撮合、乙类支付分别归哪个部门管？',
    '乙类支付业务由谁来监管？',
    '《澜川办法》里甲类撮合是哪个部门负责监管的',
  ];
  it('GIVEN a question asking which body oversees a business THEN an agent sentence is its strong evidence', () => {
    for (const q of phrasings) {
      const cue = strongCue(answerTypeOf(q), q);
      expect(cue, q).not.toBeNull();
      expect(cue?.('乙类支付业务由澜川人民银行监管。'), q).toBe(true);
      expect(cue?.('结合对甲类撮合、乙类支付等业态的监管责任，明确监管路径。'), q).toBe(false);
    }
  });
  it('GIVEN the overview sentence shares more of the question THEN the sentence naming the bodies is shown', () => {
    for (const q of phrasings) expect(shown(q), q).toContain('由澜川人民银行监管');
  });
});

describe('a set named in one sentence and referred to as 上述三城 in the next', () => {
  it('GIVEN a question asking which places acted first THEN the sentence listing them is shown', () => {
    for (const q of [
      '听说澜川所的分支都要撤了，最先站出来宣布撤销的是哪几个地方？',
      '最早宣布撤销分支资质的是哪几个城市',
      '哪三个城市最先宣布撤销澜川所分支的资质？',
    ])
      expect(shown(q), q).toMatch(/北岭、南渡、西塘/);
  });
});

describe('a demonstrative 那几个 / 这几家 names a set, it does not ask a count', () => {
  it('GIVEN why … 那几个地方 THEN the question asks a reason, and the stated cause is shown', () => {
    for (const q of ['为啥偏偏是北岭那几个地方带头撤？', '为什么是这几家分支最先退出', '凭啥是那几个城市先撤，原因是什么']) {
      expect(analyzeQuestion(q).parts[0]?.type, q).toBe('reason');
      expect(shown(q), q).toContain('风控较严');
    }
    // A count is still asked where 几 counts (有几个城市, 几家分支退出了).
    expect(answerTypeOf('有几个城市撤销了分支资质？')).toBe('number');
    expect(answerTypeOf('一共几家分支退出了')).toBe('number');
  });
});

describe('dialect how-much (好多 = 多少) and a rate asked as 利息 or 回报', () => {
  it('GIVEN 好多 asking an amount at the end of a clause THEN the question asks a number', () => {
    expect(answerTypeOf('这类理财利息给好多？')).toBe('number');
    expect(answerTypeOf('起投又要好多钱？')).toBe('number');
    expect(answerTypeOf('全国到底有好多家嘛')).toBe('number');
    // 好多 as "many" in a statement asks nothing.
    expect(answerTypeOf('好多人都买了这种产品，怎么办？')).toBe('method');
    expect(unitOf('全国到底有好多家嘛', 'number')).toBe('家');
  });
  it('GIVEN a rate asked as 利息 or 回报 THEN its unit is a percentage', () => {
    for (const q of ['利息能给好多？', '每年回报有多少', '利息大概多少']) expect(unitOf(q, 'number'), q).toBe(SHARE);
    // An amount of money asked stays an amount.
    expect(unitOf('要交多少元', 'number')).toBe('元');
  });
  it('GIVEN a two-part how-much question in dialect THEN the sentence with the threshold and the rate is shown', () => {
    for (const q of [
      '亲戚说回报高得很，澜川所那类产品的年化收益给好多？投资门槛要好多钱？',
      '澜川所那类产品最少投多少钱，年回报能有几个点？',
    ])
      expect(shown(q), q).toContain('8%—11%');
  });
});

describe('who founded a venue: the founding sentence over one repeating the question', () => {
  it('GIVEN a question asking the founders or the backers THEN the founding sentence is its strong evidence and is shown', () => {
    for (const q of ['青杉社背后的发起股东都是哪几家？', '青杉社是谁发起设立的？', '青杉社的股东有哪些公司']) {
      const cue = strongCue(answerTypeOf(q), q);
      expect(cue?.('青杉社由澜川融资担保股份有限公司（简称“澜保”）联合北辰电子和南星科技共同发起设立。'), q).toBe(true);
      expect(shown(q), q).toContain('共同发起设立');
    }
  });
});

describe('the first of its kind, asked inside a story', () => {
  it('GIVEN a long question asking when the first one was set up THEN the sentence saying it was the first, with its date, goes first', () => {
    for (const q of [
      '我爸前几年买过挂在资产所的理财，说是有政府兜底。想问一下：国内头一个这类资产所是哪年成立的，叫什么？',
      '家里老人买的资产所理财一直没兑付，说有政府兜底的。澜川首家资产所是哪一年成立的？',
      '听说资产所的理财都有政府兜底，那第一家资产所是什么时候成立的？',
    ]) {
      const answer = knowledge.ask(q);
      expect(answer.answer[0], q).toContain('第一家资产所');
    }
  });
});

describe('a why answered by the cause stated, not by an effect narrated', () => {
  it('GIVEN the best sentence only narrates an effect (使得) THEN the stated cause of the leading passage is shown too', () => {
    for (const q of ['小贷公司老出事，根子到底在哪儿呢', '为什么小贷公司老是出事？', '小贷公司频频出事的原因是什么'])
      expect(shown(q), q).toContain('是主要原因');
  });
});

describe('a story with 前几年 is no part of its own', () => {
  it('GIVEN a story that says 前几年 before two how-much questions THEN the parts are the two questions', () => {
    const parts = analyzeQuestion(
      '我姨前几年听人推荐买了份理财，后来公司没了消息。想弄明白，那种理财最少得投多少钱，一年给几个点的回报？',
    ).parts;
    expect(parts.map((p) => p.type)).toEqual(['number', 'number']);
    expect(parts[1]?.own).toContain('几个点');
  });
});

describe('a rare product asked to be defined: its defining sentence, wherever it ranks', () => {
  it('GIVEN the product is named in every passage and defined in one THEN the defining sentence is shown', () => {
    for (const q of ['青杉宝究竟是干嘛用的，替谁解决麻烦？', '青杉宝是个什么东西，给谁用的', '青杉宝的运作机制是什么？'])
      expect(shown(q), q).toContain('一站式报关融资服务产品');
  });
});
