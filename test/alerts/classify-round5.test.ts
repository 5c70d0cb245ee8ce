import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';

const registry = loadDefaultRegistry();
const classify = (title: string, summary = '') => classifyNews({ title, summary }, registry);

// Round 5: verb phrases joined by 、, enumerated lists, subjects dropped in 公文, short forms, oblique
// objects, and the wording regulators and wire copy use. All names invented.
describe('round 5 closures', () => {
  it.each<[string, string, string[]]>([
    ['通报：甲枫典当有限公司吊销许可证、乙枫商业保理有限公司移出名单', '', ['甲枫典当有限公司', '乙枫商业保理有限公司']],
    [
      '关于将两家公司移出监管名单的公告',
      '经研究决定，将以下机构移出融资租赁公司监管名单：一、丙枫融资租赁有限公司；二、丁枫融资租赁有限公司。',
      ['丙枫融资租赁有限公司', '丁枫融资租赁有限公司'],
    ],
    ['行政处罚决定书', '当事人：戊枫商业保理有限公司。经查，决定给予取消商业保理试点资格的行政处罚。', ['戊枫商业保理有限公司']],
    ['己枫信托有限公司经批准撤销', '', ['己枫信托有限公司']],
    ['庚枫农村合作银行被宣布撤销', '', ['庚枫农村合作银行']],
    ['辛枫小额贷款有限公司不再纳入监管名单', '', ['辛枫小额贷款有限公司']],
    [
      '退出机构名单',
      '经研究，同意下列机构退出：壬枫小额贷款有限公司、癸枫融资担保有限公司。',
      ['壬枫小额贷款有限公司', '癸枫融资担保有限公司'],
    ],
    ['子松信托有限责任公司完成破产程序', '', ['子松信托有限责任公司']],
    ['“丑松宝”APP下架，平台不再提供服务', '', ['丑松宝']],
    ['寅松网络小额贷款有限公司的网络小贷牌照已于近日被当地监管部门收回', '', ['寅松网络小额贷款有限公司']],
    ['据悉，卯松典当已正式关门', '卯松典当有限公司成立于2009年。', ['卯松典当有限公司']],
    ['“辰松宝”平台涉嫌非法集资，已被公安机关查封', '', ['辰松宝']],
    ['监管：巳松小额贷款有限公司未通过年审，予以退出', '', ['巳松小额贷款有限公司']],
    ['某地通报：午松融资租赁有限公司等12家企业被移出融资租赁企业名录', '', ['午松融资租赁有限公司']],
    ['“未松钱包”停服', '', ['未松钱包']],
    ['申松融资担保有限公司未按规定向酉松建设工程有限公司代偿，被吊销经营许可证', '', ['申松融资担保有限公司']],
    ['戌松证券：经证监会批准，公司证券业务许可证予以注销', '', ['戌松证券']],
  ])('GIVEN "%s" THEN it is a closure of exactly the names closed', (title, summary, entities) => {
    const r = classify(title, summary);
    expect({ closure: r.closure, entities: r.entities }).toEqual({ closure: true, entities });
  });
});

describe('round 5 distractors', () => {
  it.each<[string, string]>([
    ['亥松小额贷款有限公司名下房产已被法院查封', ''],
    ['“甲柳通”实际控制人名下资产被查封', ''],
    ['乙柳银行手机银行APP旧版本正式下线', ''],
    ['丙柳典当有限公司旗下门店已正式关门', ''],
    ['丁柳融资担保有限公司股东予以退出', ''],
    ['戊柳典当发布年报', '戊柳典当有限公司营收增长。'],
    ['某银行信用卡积分商城平台不再提供服务', ''],
    ['“己柳钱包”停服维护两小时', '维护后恢复正常服务。'],
    ['关于拟注销庚柳小额贷款有限公司试点资格的公示', '如有异议，请于公示期内反映。'],
    ['辛柳小额贷款有限公司起诉壬柳餐饮有限公司，壬柳餐饮有限公司被吊销营业执照', ''],
  ])('GIVEN "%s" THEN it is not a closure', (title, summary) => {
    expect(classify(title, summary).closure).toBe(false);
  });
});
