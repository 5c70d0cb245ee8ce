import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';

const registry = loadDefaultRegistry();
const entities = (title: string): string[] => classifyNews({ title, summary: '' }, registry).entities;

// Organisation endings a closure notice uses, each with an invented name.
const NAMES = [
  '星河小额贷款有限公司',
  '星河融资担保股份有限公司',
  '星河投资（集团）有限公司',
  '星河资本管理合伙企业（有限合伙）',
  '星河保险代理有限公司上海分公司',
  '星河村镇银行股份有限公司',
  '星河金融资产交易中心',
  '星河商业保理有限公司',
  '星河典当行',
  '星河融资租赁（天津）有限公司',
  '星河财富管理有限责任公司',
  '星河网络借贷信息中介服务有限公司',
  '星河私募基金管理有限公司',
  '星河农村商业银行',
  '星河产权交易所',
  '星河支付有限公司',
  '星河消费金融股份有限公司',
  '星河信托有限责任公司',
  '星河投资管理事务所',
  '星河农村资金互助社',
  '星河股权交易中心有限公司',
  '星河金融信息服务（上海）有限公司',
  'Star River Capital Limited',
];

// The words before a name that are not part of it: scope, role, verbs, notice frames.
const FRAMES: Array<(n: string) => string> = [
  (n) => `原${n}已完成注销`,
  (n) => `辖内${n}已注销`,
  (n) => `运营方${n}已注销`,
  (n) => `依法注销${n}`,
  (n) => `对${n}予以注销`,
  (n) => `决定将${n}予以注销`,
  (n) => `决定注销${n}`,
  (n) => `同意${n}解散`,
  (n) => `批准${n}解散`,
  (n) => `关于注销${n}的公告`,
  (n) => `金融管理局公告称${n}已注销`,
  (n) => `经批准，${n}已注销`,
  (n) => `上述${n}已注销`,
  (n) => `法院裁定宣告${n}破产`,
  (n) => `市场监管局吊销${n}营业执照`,
  (n) => `取消${n}业务资格`,
  (n) => `此前已停业的${n}近日注销`,
  (n) => `涉事${n}被吊销营业执照`,
  (n) => `其运营主体${n}已注销`,
  (n) => `该局注销了${n}的经营许可证`,
];

describe('entity boundaries', () => {
  it('GIVEN every organisation ending after every prefix to cut THEN the name is reported exactly', () => {
    const wrong = FRAMES.flatMap((f) => NAMES.map((n) => ({ title: f(n), name: n }))).filter((c) => !entities(c.title).includes(c.name));
    expect(wrong).toEqual([]);
  });

  it('GIVEN a list of three names joined by 、 and 和 THEN all three are reported', () => {
    expect(entities('星河商业保理有限公司、远帆商业保理有限公司和云梯商业保理有限公司均已注销')).toEqual([
      '星河商业保理有限公司',
      '远帆商业保理有限公司',
      '云梯商业保理有限公司',
    ]);
  });

  it('GIVEN a branch written after its company (…有限公司营业部) THEN the company is not reported as closed', () => {
    const r = classifyNews({ title: '星河小额贷款股份有限公司营业部已注销', summary: '' }, registry);
    expect(r.closure).toBe(false);
  });

  it('GIVEN a company closed with its stores (及其下属门店) THEN the company is reported', () => {
    expect(entities('市场监管局注销星河典当有限公司及其下属门店')).toEqual(['星河典当有限公司']);
  });

  it('GIVEN a bracketed place inside a name and a multi-word Latin name THEN each is reported whole', () => {
    expect(entities('昆仑联合交易所（云南）有限公司被依法关闭')).toEqual(['昆仑联合交易所（云南）有限公司']);
    expect(entities('虚拟货币交易所Zenith Exchange宣布关停')).toEqual(['Zenith Exchange']);
  });

  it.each<[string, string[]]>([
    ['P2P平台鑫利来宣布清退完毕', ['鑫利来']],
    ['深圳网贷机构投融家完成清退', ['投融家']],
    ['虚拟货币交易平台币赢网被取缔', ['币赢网']],
    ['网贷平台“红杉理财”与“星河在线”均已退出', ['红杉理财', '星河在线']],
    ['法院裁定宣告北京鼎盛在线小额贷款有限公司破产', ['北京鼎盛在线小额贷款有限公司']],
    ['网贷平台星河金服、远帆贷和云梯宝均已良性退出', ['星河金服', '远帆贷', '云梯宝']],
    ['星河金融资产交易中心有限公司（简称“星河金交所”）已注销', ['星河金融资产交易中心有限公司']],
    ['星河资产管理有限公司旗下“星河宝”平台被取缔', ['星河资产管理有限公司', '星河宝']],
    ['星河信用合作联社解散', ['星河信用合作联社']],
    ['南京远帆金融资产交易中心有限公司更名为南京远帆企业服务有限公司，退出金交所行业', ['南京远帆金融资产交易中心有限公司']],
  ])('GIVEN an unquoted platform name after its kind, a listed quote or a name with 在线 (%s) THEN %j', (title, want) => {
    expect(entities(title)).toEqual(want);
  });

  it.each(['平台运营方已注销', '某平台已关闭', '杭州网贷平台整治：多家机构约谈'])(
    'GIVEN no named platform (%s) THEN nothing is reported closed',
    (title) => {
      expect(entities(title)).toEqual([]);
    },
  );
});
