import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { isEnglish } from '../../bot/alerts/english.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';

const registry = loadDefaultRegistry();
const classify = (title: string, summary = '') => classifyNews({ title, summary }, registry);

// Round 6b: precision on the classes of non-closure the eval README names, English headlines, and
// hard entity names. One case per mechanism and the closure each precision fix must leave alone. All
// names invented.
describe('round 6b non-closures', () => {
  it.each<[cls: string, title: string, summary: string]>([
    ['suspension of one business (暂停业务)', '因违规展业，槐安保险代理有限公司被责令暂停业务三个月', ''],
    ['rectification (停业整改)', '监管要求槐林融资租赁有限公司停业整改', ''],
    ['intent written as 有意', '槐川典当行有意退出典当行业', ''],
    ['a hearing notice before a sanction', '关于吊销槐石典当有限公司典当经营许可证的听证告知', ''],
    ['a prior notice (事先告知书)', '关于取消槐溪商业保理有限公司试点资格的事先告知书', ''],
    ['a review that reverses a deregistration', '行政复议：撤销对槐岭典当有限公司的注销决定', ''],
    ['a rumour called a misreading', '网传槐江金融资产交易中心被关停？官方：系误读', ''],
    ['a trigger in quotes in a reply', '槐山小贷回应“被注销”：公司证照齐全', ''],
    ['a payout of a platform cleared earlier', '已清退的“槐金贷”启动第二轮本金返还', ''],
    ['assets of a firm deregistered earlier', '已注销的槐云小额贷款有限公司剩余资产处置公告', ''],
    ['the same with 已被', '已被取缔的“槐融网”涉案资产公开拍卖', ''],
    ['a notice before deregistration', '槐丰小额贷款有限公司注销登记前公告', ''],
    ['a count over a period', '2023年全省注销小额贷款公司27家', ''],
    ['a count in a quarter', '一季度银行业共有14家村镇银行被吸收合并', ''],
    ['shares bought back and cancelled', '槐信证券股份有限公司关于回购注销部分限制性股票的公告', ''],
    ['a fund product wound up', '槐泰稳健收益混合型证券投资基金清盘公告', ''],
    ["a person's qualification", '金融监管局撤销王某某银行业高管任职资格', ''],
    ['a yes-or-no question', '“槐橡树”平台被取缔了吗？投资者追问', ''],
    ['an anniversary', '“槐盈宝”关停一周年：出借人仍在等待', ''],
    ['an impostor site closed', '仿冒“槐河金融资产交易中心”的网站被关闭', ''],
    ['a Q&A about what follows a closure', '关于“槐金宝”平台停止运营后投资者权益保护的问答', ''],
    ['an English plan', 'Regulator plans to revoke licence of Locust Pay Co., Ltd.', ''],
    ['an English denial', 'Locust Trust denies bankruptcy rumours', ''],
    ['an English takeover', 'Locust Trust placed under regulatory takeover', ''],
    ['an English bank closing branches', 'Locust Bank to close 20 branches', ''],
    ['an English unrelated business', 'Locust Bakery shuts down after 30 years', ''],
  ])('GIVEN %s THEN no closure', (_cls, title, summary) => {
    expect(classify(title, summary).closure).toBe(false);
  });
});

describe('round 6b closures next to them', () => {
  it.each<[cls: string, title: string, summary: string, entities: string[]]>([
    ['a denial in the past, then the ban', '此前否认跑路的“槐盈贷”已被依法取缔', '', ['槐盈贷']],
    [
      'a public notice period that has ended',
      '公示期满无异议，省地方金融管理局注销2家融资担保公司经营许可证',
      '分别为槐安融资担保有限公司和槐宁融资担保有限公司。',
      ['槐安融资担保有限公司', '槐宁融资担保有限公司'],
    ],
    ['an ordinal is not a statistic', '今年以来第三家：槐兴小额贷款有限公司被取消经营资格', '', ['槐兴小额贷款有限公司']],
    [
      'a closure with a running total after it',
      '省金融管理局注销2家典当行许可证，今年以来累计注销9家',
      '分别为槐德典当有限公司和槐昌典当有限公司。',
      ['槐德典当有限公司', '槐昌典当有限公司'],
    ],
    ['a fund manager, not a fund product', '槐泰基金管理有限公司公募基金管理资格被取消', '', ['槐泰基金管理有限公司']],
    ['a 股份有限公司 right after the verb', '注销槐南典当股份有限公司典当经营许可证', '', ['槐南典当股份有限公司']],
    ['a foreign bank named after its country', '美国硅谷槐桥银行倒闭，监管机构接管存款', '', ['硅谷槐桥银行']],
    ['an English revocation', 'Regulator revokes licence of Locust Pay Co., Ltd.', '', ['Locust Pay Co., Ltd.']],
    [
      'two English firms joined by and',
      'Regulator revokes licences of Locust Pay Ltd. and Acacia Pay Ltd.',
      '',
      ['Locust Pay Ltd.', 'Acacia Pay Ltd.'],
    ],
    ['two English exchanges as one subject', 'Crypto exchanges LocustBit and AcaciaBit shut down', '', ['LocustBit', 'AcaciaBit']],
    ['an English exchange shutting down', 'Crypto exchange LocustBit shuts down after crackdown', '', ['LocustBit']],
    ['an English bank dissolved', 'Locust River Rural Bank dissolved after merger approval', '', ['Locust River Rural Bank']],
  ])('GIVEN %s THEN a closure of exactly those names', (_cls, title, summary, entities) => {
    const r = classify(title, summary);
    expect(r.closure, r.reason).toBe(true);
    expect(r.entities).toEqual(entities);
  });
});

describe('round 6b entity boundaries', () => {
  it.each<[shape: string, title: string, summary: string, entities: string[]]>([
    [
      'a present name with its old one in brackets',
      '槐川担保股份有限公司（原槐川担保有限公司）被注销经营许可证',
      '',
      ['槐川担保股份有限公司'],
    ],
    ['a firm and its branches after 及其', '注销槐海典当有限公司及其下属两家分公司的典当经营许可证', '', ['槐海典当有限公司']],
    ['a Latin name with (HK) before Limited', '注销Locust Capital (HK) Limited的放债人牌照', '', ['Locust Capital (HK) Limited']],
    [
      'a quoted brand with its operator in brackets',
      '“槐多多”（深圳槐多多互联网金融服务有限公司）宣布良性退出',
      '',
      ['槐多多', '深圳槐多多互联网金融服务有限公司'],
    ],
    [
      'two Latin names joined by 与',
      'Locust Finance Limited与Acacia Credit Limited被撤销放债人牌照',
      '',
      ['Locust Finance Limited', 'Acacia Credit Limited'],
    ],
    [
      'two brands and one operator named after 均为',
      '“槐粒贷”和“槐豆钱”两个平台关停，运营方均为杭州槐豆网络科技有限公司',
      '',
      ['槐粒贷', '槐豆钱', '杭州槐豆网络科技有限公司'],
    ],
  ])('GIVEN %s THEN the names are cut where they are written', (_shape, title, summary, entities) => {
    const r = classify(title, summary);
    expect(r.closure, r.reason).toBe(true);
    expect(r.entities).toEqual(entities);
  });

  it('GIVEN a branch closed after its firm THEN no closure, the firm goes on', () => {
    expect(classify('金融监管局核准撤销槐南农村商业银行股份有限公司城西支行').closure).toBe(false);
  });

  it('GIVEN items with and without Chinese THEN only the ones without go to the English reader', () => {
    expect(isEnglish('Regulator revokes licence of Locust Pay Co., Ltd.')).toBe(true);
    expect(isEnglish('注销Locust Capital Limited牌照')).toBe(false);
    expect(isEnglish('Locust Pay', '公司已注销')).toBe(false);
  });
});
