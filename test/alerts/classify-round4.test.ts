import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { parseLexicon } from '../../bot/alerts/lexicon.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { readFileSync } from 'node:fs';
import { DEFAULT_LEXICON_FILE } from '../../bot/alerts/lexicon.js';

const registry = loadDefaultRegistry();
// The registered name of 西安百金金交中心, read from the registry rather than written out here.
const registeredName = registry.mentions('西安百金金交中心')[0]?.entry.name ?? '';
const classify = (title: string, summary = '') => classifyNews({ title, summary }, registry);

// Round 4: brands that do not look like lending brands, operators linked to them, licensee lists,
// announcement wording, and the distractors that share their words. All names invented.
describe('round 4 closures', () => {
  it.each<[string, string, string[]]>([
    ['“松果”清退完毕', '杭州松果金融信息服务有限公司称，松果平台借款已全部收回。', ['松果', '杭州松果金融信息服务有限公司']],
    ['“橘子在线”停止运营', '橘子在线的运营主体为上海橘子互联网金融服务有限公司。', ['橘子在线', '上海橘子互联网金融服务有限公司']],
    ['白杨钱庄待收清零 宣布良性退出', '北京白杨网络科技有限公司旗下白杨钱庄平台完成全部兑付。', ['白杨钱庄', '北京白杨网络科技有限公司']],
    ['人民银行注销银杉支付、松针付两家机构支付业务许可证', '', ['银杉支付', '松针付']],
    ['松针付（上海）的支付牌照被注销', '', ['松针付（上海）']],
    ['中院裁定宣告债务人银杉投资管理有限公司破产', '', ['银杉投资管理有限公司']],
    ['经营者松林商品交易市场有限公司被责令关闭', '', ['松林商品交易市场有限公司']],
    ['柏树小额贷款有限公司退出小额贷款公司试点', '', ['柏树小额贷款有限公司']],
    ['“杉木宝”发布清盘公告', '', ['杉木宝']],
    ['两家典当行被收回许可证：松涧典当有限公司、柏涧典当有限公司', '', ['松涧典当有限公司', '柏涧典当有限公司']],
    [
      '人民银行注销2家支付机构牌照',
      '被注销的机构为：松风支付有限公司、柏风支付科技有限公司。',
      ['松风支付有限公司', '柏风支付科技有限公司'],
    ],
    ['Pinecone Exchange宣布关闭', '', ['Pinecone Exchange']],
    ['松柏科技有限公司（原松柏金融资产交易中心有限公司）完成更名', '更名后不再从事金融资产交易业务。', ['松柏金融资产交易中心有限公司']],
    ['Cedar Securities Limited的香港证券牌照被撤销', '', ['Cedar Securities Limited']],
  ])('GIVEN "%s" THEN a closure of exactly %j', (title, summary, entities) => {
    const r = classify(title, summary);
    expect({ closure: r.closure, entities: r.entities }).toEqual({ closure: true, entities });
  });

  it('GIVEN words that say what kind of platform it is (线上平台, 第三方平台, 运营的网贷平台) THEN they are no brand', () => {
    const r = classify('“松塔宝”宣布清退完毕', '该公司运营的网贷平台已关闭，线上平台被关闭，第三方平台已停止合作，其中松塔汇平台已清退。');
    expect(r.entities).toEqual(['松塔宝', '松塔汇']);
  });

  it('GIVEN an exchange written in short form THEN the name as written, its registered name beside it, and the update under that name', () => {
    const r = classifyNews({ title: '西安百金金交中心已完成注销', summary: '', date: '2023-12-22' }, registry);
    expect(r.entities).toEqual(['西安百金金交中心']);
    expect(registeredName).toMatch(/^西安百金.+有限公司$/);
    expect(r.registered).toEqual({ 西安百金金交中心: registeredName });
    expect(r.statusUpdates.map((u) => [u.name, u.status])).toEqual([[registeredName, 'deregistered']]);
  });
});

describe('round 4 distractors', () => {
  it.each<[string, string?]>([
    ['全国已有超过4000家网贷机构退出'],
    ['今年以来全市累计注销典当行9家'],
    ['手机银行如何注销？一文看懂注销流程'],
    ['“松果”平台被约谈后整改'],
    ['“橘子在线”宣布完成新一轮融资'],
    ['银杉集团注销旗下一家基金子公司'],
    ['法院受理银杉投资管理有限公司破产清算申请'],
    ['“杉木宝”第四次分配方案出炉'],
    ['“现金贷”被整治 多家机构退出'],
    ['被注销的企业名单如下：松林餐饮管理有限公司、柏林服装有限公司'],
    ['关于拟注销松涧典当有限公司典当经营许可证的公示'],
    ['松果金融资产交易中心有限公司召开股东会', '会议审议了不再从事金融资产交易业务的议案。'],
    ['松果小额贷款有限公司获评优秀', '行业中已有多家公司停止经营。'],
    ['松果融资担保有限公司增资', '此前，该省已取消部分担保公司的经营许可。'],
  ])('GIVEN "%s" THEN not a closure', (title, summary = '') => {
    expect(classify(title, summary).closure).toBe(false);
  });

  it('GIVEN the lexicon file without the statistic frame THEN it fails naming the missing frame', () => {
    const json = JSON.parse(readFileSync(DEFAULT_LEXICON_FILE, 'utf8')) as { frames: Record<string, string> };
    delete json.frames.statistic;
    expect(() => parseLexicon(JSON.stringify(json), 'lex.json')).toThrow('lex.json: frames.statistic Required');
  });
});
