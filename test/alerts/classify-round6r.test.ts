import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { DEFAULT_LEXICON_FILE, parseLexicon } from '../../bot/alerts/lexicon.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';

const registry = loadDefaultRegistry();
const classify = (title: string, summary = '') => classifyNews({ title, summary }, registry);

// Round 6 (r6-16): distractor classes as data, back-references, name boundaries, every kind of venue.
// Names invented. The matrices cross kinds × verbs × word orders the way batch ZT1 does, at test size.

const KINDS = [
  '澄川能源交易中心有限公司',
  '岭南碳排放权交易所',
  '松风林权交易中心',
  '绿野农村产权交易中心有限公司',
  '墨香文化产权交易所有限公司',
  '金岸贵金属交易中心',
  '梧州股权交易中心',
  '长江航运交易所',
  '清河小额贷款有限公司',
  '安和融资担保有限公司',
  '海湾融资租赁有限公司',
  '永顺商业保理有限公司',
  '宝丰典当有限责任公司',
  '青石农商行',
  '南塘农村信用合作社',
  '北岭信用联社',
  '恒川信托有限责任公司',
  '和美消费金融有限公司',
  '通汇支付有限公司',
  '远行汽车金融有限公司',
];

const VERBS: Array<[order: string, make: (n: string) => string]> = [
  ['regulator first', (n) => `省地方金融管理局取消${n}经营资格`],
  ['passive', (n) => `${n}被依法注销`],
  ['licence first, 予以', (n) => `${n}的经营许可证予以收回`],
  ['经批准, clause-initial name', (n) => `经批准，${n}解散`],
  ['a reason clause before 被', (n) => `${n}因长期失联、未按规定报送数据被吊销营业执照`],
  ['因 + name', (n) => `因违规经营，${n}被责令关闭`],
  ['a leading time word', (n) => `近期${n}正式退出市场`],
];

describe('GIVEN every kind of venue or institution and every word order', () => {
  for (const [order, make] of VERBS)
    it.each(KINDS)(`WHEN closed (${order}) THEN %s is the closure's entity`, (name) => {
      const r = classify(make(name));
      expect(r.closure).toBe(true);
      expect(r.entities).toContain(name);
    });
});

const DISTRACTORS: Array<[cls: string, make: (n: string) => string]> = [
  ['a fixed-term suspension', (n) => `${n}被暂停新增业务六个月`],
  ['a pause until a date', (n) => `${n}暂停营业至年底`],
  ['a temporary stop', (n) => `${n}临时停止营业`],
  ['maintenance', (n) => `${n}系统升级期间停止交易`],
  ['a stop then resumption', (n) => `${n}停止服务两天后恢复`],
  ['a resumption', (n) => `${n}恢复营业`],
  ['rectification', (n) => `${n}被责令限期整改`],
  ['the abnormal-operation list', (n) => `${n}被列入经营异常名录`],
  ['off the abnormal-operation list', (n) => `${n}被移出经营异常名录`],
  ['a credit blacklist', (n) => `${n}被列入失信被执行人名单`],
  ['a licence held back for a time', (n) => `${n}被暂扣经营许可证`],
  ['new business stopped, the rest goes on', (n) => `${n}停止新增业务，存量业务正常运行`],
];

describe('GIVEN a pause, a resumption, rectification or a misconduct list', () => {
  for (const [cls, make] of DISTRACTORS)
    it.each(KINDS.slice(8, 14))(`WHEN %s has ${cls} THEN it is no closure`, (name) => {
      expect(classify(make(name)).closure).toBe(false);
    });
});

describe('GIVEN a legal act during or after a pause', () => {
  it.each([
    ['整改期间，沙洲小额贷款有限公司被吊销经营许可证', '沙洲小额贷款有限公司'],
    ['暂扣期满仍未整改，沙洲典当有限公司典当经营许可证被注销', '沙洲典当有限公司'],
    ['列入经营异常名录三年后，沙洲融资担保有限公司被吊销营业执照', '沙洲融资担保有限公司'],
    ['沙洲商业保理有限公司被吊销营业执照并列入严重违法失信名单', '沙洲商业保理有限公司'],
  ])('WHEN "%s" THEN it is a closure of %s (only an operational stop can be a pause)', (title, name) => {
    const r = classify(title);
    expect(r.closure).toBe(true);
    expect(r.entities).toContain(name);
  });
});

describe('GIVEN follow-up work of a platform closed before', () => {
  it('WHEN the title reports a clearance team checking claims and the summary recalls the exit THEN it is no closure', () => {
    expect(classify('“稻穗贷”清退组开展出借人信息核查', '该平台已于2021年退出网贷业务。').closure).toBe(false);
  });
  it('WHEN a creditors meeting is held for a firm declared bankrupt last year THEN it is no closure', () => {
    expect(classify('沙洲小额贷款有限公司召开债权人会议', '公司已于去年被宣告破产。').closure).toBe(false);
  });
  it('WHEN a title reports a review (核查结果) and the summary a closure of last month THEN it is a closure', () => {
    expect(classify('某省公布交易场所核查结果', '青川商品交易中心有限公司已于3月被取消交易场所资格。').entities).toEqual([
      '青川商品交易中心有限公司',
    ]);
  });
  it('WHEN the clearance team announces the exit today THEN it is a closure', () => {
    const r = classify('“稻穗贷”清退组：平台已于今日正式退出网贷行业');
    expect(r.closure).toBe(true);
    expect(r.entities).toEqual(['稻穗贷']);
  });
});

describe('GIVEN names listed before a back-reference', () => {
  const group = ['东岸商品交易中心有限公司', '西岸能源交易中心有限公司', '南岸文化产权交易所有限公司'];
  it.each(['上述机构', '以上三家公司', '前述三家机构', '该三家机构', '这三家公司', '上述三家'])(
    'WHEN %s carries the closure THEN every listed name is reported',
    (ref) => {
      const r = classify('某地公布处置结果', `${group.join('、')}。${ref}已被取消经营资格。`);
      expect(r.closure).toBe(true);
      expect(r.entities).toEqual(group);
    },
  );
  it('WHEN two banks merge and 两行原法人机构 are deregistered THEN the old banks are reported, not the new one', () => {
    const r = classify(
      '两家村镇银行合并',
      '甲溪村镇银行股份有限公司与乙溪村镇银行股份有限公司合并组建甲乙农村商业银行，两行原法人机构依法注销。',
    );
    expect(r.entities).toEqual(['甲溪村镇银行股份有限公司', '乙溪村镇银行股份有限公司']);
  });
  it('WHEN an unspecified 多家机构 closure is followed by 其中包括 a list THEN the listed firms are reported', () => {
    const r = classify('多家机构被注销', '其中包括甲信支付有限公司和乙信支付有限公司。');
    expect(r.closure).toBe(true);
    expect(r.entities).toEqual(['甲信支付有限公司', '乙信支付有限公司']);
  });
  it('WHEN the listed names pass a yearly review (上述机构通过考核) THEN it is no closure', () => {
    expect(classify('保留名单', '甲乙小额贷款有限公司、丙丁小额贷款有限公司。上述机构通过年度考核，继续经营。').closure).toBe(false);
  });
});

describe('GIVEN name boundaries', () => {
  it.each(['因', '由于', '鉴于', '日前', '近日', '近期', '此前', '昨日', '今日', '据悉', '随后', '最终', '目前'])(
    'WHEN %s opens the headline THEN it is not part of the name',
    (lead) => {
      expect(classify(`${lead}青溪小额贷款有限公司被依法取缔`).entities).toEqual(['青溪小额贷款有限公司']);
    },
  );
  it('WHEN a quoted brand is followed by a reason clause before 被 THEN the brand is the entity', () => {
    expect(classify('“金满仓”因挪用客户资金被吊销经营许可证').entities).toEqual(['金满仓']);
  });
  it('WHEN 未 negates the reason (三年未年检) THEN the closure after 被 still counts', () => {
    expect(classify('青溪小额贷款有限公司因连续三年未年检被注销').closure).toBe(true);
  });
  it('WHEN 未被 negates the closure itself THEN it is no closure', () => {
    expect(classify('青溪小额贷款有限公司未被注销').closure).toBe(false);
  });
  it('WHEN a place is followed only by a kind (重庆小贷公司名录) THEN no name is made of it', () => {
    expect(classify('青溪小额贷款（重庆）有限公司退出重庆小贷公司名录').entities).toEqual(['青溪小额贷款（重庆）有限公司']);
  });
  it('WHEN a public office (不动产交易中心) or a used-car market closes THEN it is no closure', () => {
    expect(classify('南湖不动产交易中心关闭').closure).toBe(false);
    expect(classify('西湖二手车交易市场关闭').closure).toBe(false);
  });
  it('WHEN a brand runs a platform that 永久关闭 THEN the adverb is no brand and the brand and operator are reported', () => {
    const r = classify('由于股东撤资，“米仓钱包”运营方宣布平台永久关闭', '运营方为上海米仓网络科技有限公司。');
    expect(r.entities).toEqual(['米仓钱包', '上海米仓网络科技有限公司']);
  });
});

describe('GIVEN what a careful reader of regulatory news knows', () => {
  it.each([
    ['a shareholder leaving', '远山集团退出白沙小额贷款有限公司股东行列'],
    ['a stake sold, then 并退出', '远山集团转让所持白沙小额贷款有限公司全部股权并退出'],
    ['a bank leaving one business line', '白沙银行股份有限公司退出基金托管业务'],
    ['a broker leaving one business line', '白沙证券有限责任公司退出期货中间介绍业务'],
    ['a trust deregistering products', '白沙信托有限责任公司注销三只信托计划'],
    ['the term penalty 责令停业', '白沙小额贷款有限公司被责令停业'],
    ['a question answered by the firm', '白沙商品交易中心有限公司关停？官方：正常运营'],
  ])('WHEN %s THEN it is no closure', (_cls, title) => {
    expect(classify(title).closure).toBe(false);
  });
  it.each([
    ['the licence of a broker, whose whole business it is', '白沙保险经纪有限公司的保险经纪业务许可证被依法注销', '白沙保险经纪有限公司'],
    ['a firm entering liquidation', '白沙小额贷款有限公司停止放贷，进入清算', '白沙小额贷款有限公司'],
    ['a platform turning to loan facilitation and leaving P2P', '“白沙贷”转型助贷，退出网贷业务', '白沙贷'],
  ])('WHEN %s THEN it is a closure', (_cls, title, name) => {
    const r = classify(title);
    expect(r.closure).toBe(true);
    expect(r.entities).toEqual([name]);
  });
  it('WHEN a firm deregistered last year is the background (已于去年注销的X原股东被追责) THEN it is no closure', () => {
    expect(classify('已于去年注销的白沙小额贷款有限公司原股东被追责').closure).toBe(false);
  });
  it('WHEN 一家 + a place + kind words open the headline THEN the description is no entity, the named platform and its controller are', () => {
    const r = classify(
      '一家浙江数字资产交易平台被查处',
      '该平台名为“链白宝”，已被责令关闭。平台实际控制公司杭州链白网络科技有限公司已被立案。',
    );
    expect(r.entities).toEqual(['链白宝', '杭州链白网络科技有限公司']);
  });
});

describe('GIVEN English items', () => {
  it.each([
    ['Regulator revokes licence of Tern Microcredit Co., Ltd.', 'Tern Microcredit Co., Ltd.'],
    ['Licence of Tern Microfinance Ltd. revoked', 'Tern Microfinance Ltd.'],
    ['Gull Energy Exchange ordered to shut down', 'Gull Energy Exchange'],
    ['Regulator orders Gull Capital to shut down', 'Gull Capital'],
  ])('WHEN "%s" THEN it is a closure of %s', (title, name) => {
    const r = classify(title);
    expect(r.closure).toBe(true);
    expect(r.entities).toEqual([name]);
  });
  it.each([
    ['Tern Pay Limited goes bust', 'Tern Pay Limited'],
    ['Regulators pull the licence of Tern Pay Limited', 'Tern Pay Limited'],
    ['Gull Capital collapses and shuts its doors', 'Gull Capital'],
    ['Gull Exchange closed by authorities', 'Gull Exchange'],
  ])('WHEN the wording is "%s" THEN it is a closure of %s', (title, name) => {
    expect(classify(title).entities).toEqual([name]);
  });
  it.each([
    'Tern Pay suspended from adding new merchants for six months',
    'Tern Lending shares collapse 40%',
    'Merger talks between Tern Bank and Gull Bank collapsed',
    'Tern Pay Limited loses licence bid',
    'Gull Exchange closed higher on Friday',
    'Gull Exchange reopens after two-day maintenance',
    'Tern Pay temporarily halts withdrawals for upgrade',
    'Gull Finance Co., Ltd. placed on abnormal operations list',
  ])('WHEN "%s" THEN it is no closure', (title) => {
    expect(classify(title).closure).toBe(false);
  });
});

describe('GIVEN the lexicon file', () => {
  const json = (): { triggers: Array<{ id: string; pausable?: boolean }>; frames: Record<string, string> } =>
    JSON.parse(readFileSync(DEFAULT_LEXICON_FILE, 'utf8'));
  it('WHEN a trigger loses its pausable flag THEN a temporary stop of it counts as a closure again', () => {
    const file = json();
    for (const t of file.triggers) delete t.pausable;
    const lexicon = parseLexicon(JSON.stringify(file), 'lex.json');
    expect(classifyNews({ title: '清河小额贷款有限公司临时停止营业' }, registry, lexicon).closure).toBe(true);
    expect(classifyNews({ title: '清河小额贷款有限公司临时停止营业' }, registry).closure).toBe(false);
  });
  it('WHEN a new frame is missing THEN loading fails naming it', () => {
    const file = json();
    delete file.frames.temporaryAfter;
    expect(() => parseLexicon(JSON.stringify(file), 'lex.json')).toThrow('lex.json: frames.temporaryAfter Required');
  });
});
