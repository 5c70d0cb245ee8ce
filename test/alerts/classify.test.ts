import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { findRegions, provinceOf } from '../../knowledge/regions.js';

const registry = loadDefaultRegistry();
const classify = (title: string, summary = '', date = '2024-05-01') => classifyNews({ title, summary, date }, registry);

describe('closure classification', () => {
  it.each([
    ['某市取消辖内金融资产交易中心业务资质', '该市地方金融管理局公告，取消辖内金交所的金融资产交易业务资质。'],
    ['XX资产登记备案中心被依法注销', '市场监管部门已注销XX资产登记备案中心有限公司。'],
    ['某地最后一家网贷机构完成业务退出', '辖内网贷机构好运贷已完成退出，停止新增业务。'],
    ['某产登信息服务公司被吊销营业执照', '该省对从事非标融资备案的产登信息服务公司予以吊销。'],
    ['天津金融资产交易所正式关停', '天津金融资产交易所宣布停止运营。'],
  ])('GIVEN a closure "%s" THEN closure', (title, summary) => {
    expect(classify(title, summary).closure).toBe(true);
  });

  it.each([
    ['传言不实：某金交所业务正常', '针对网传关停消息，该金融资产交易中心表示并未关停。'],
    ['某平台辟谣“清退”传闻', '公司澄清，网贷业务正常运营。'],
    ['金交所关停后投资者怎么办？', '专家建议投资者保存合同，关注存量兑付。'],
    ['某交易中心品牌升级更名', '某金融资产交易中心更名为某数字科技公司，业务照常。'],
    ['某产权交易所举办国有资产转让推介会', '推介会发布多宗国有产权转让项目。'],
    ['上交所发布新版交易规则', '上海证券交易所修订了交易规则。'],
    ['前三季度地方债发行规模创新高', '专项债占比提高，GDP增长5%。'],
  ])('GIVEN a non-closure "%s" THEN not a closure', (title, summary) => {
    expect(classify(title, summary).closure).toBe(false);
  });

  it('GIVEN a short name THEN the name as written, linked to its registered name, and a status update under that name', () => {
    const result = classify('西安百金金交中心完成注销', '工商信息显示该公司已完成注销。', '2023-12-22');
    expect(result.entities).toEqual(['西安百金金交中心']);
    expect(result.registered).toEqual({ 西安百金金交中心: result.statusUpdates[0]?.name });
    expect(result.regions).toEqual(['陕西']);
    expect(result.statusUpdates).toEqual([
      {
        name: '西安百金金融资产交易中心有限公司',
        status: 'deregistered',
        date: '2023-12-22',
        region: '陕西',
        source: { title: '西安百金金交中心完成注销' },
      },
    ]);
  });

  it('GIVEN regions closing their exchanges collectively THEN the exchanges of those regions', () => {
    const result = classify('两地取消辖内金交所资质', '湖南、重庆的地方金融监管部门公告，取消辖内金融资产交易场所的业务资质。');
    expect(result.entities).toEqual(['湖南金融资产交易中心有限公司', '重庆金融资产交易所有限责任公司']);
    expect(result.regions).toEqual(['湖南', '重庆']);
  });

  it('GIVEN a platform brand that is not a company name THEN it is an entity', () => {
    expect(classify('某市最后一家P2P平台退出', '辖内网贷机构好运贷已完成业务退出。').entities).toEqual(['好运贷']);
  });

  it('GIVEN a company name after a verb THEN the name starts after it', () => {
    expect(classify('专项整治', '该省对为非标产品提供服务的ABC资产登记服务有限公司予以注销。').entities).toEqual([
      'ABC资产登记服务有限公司',
    ]);
  });
});

describe('regions', () => {
  it('GIVEN text THEN provinces and cities with their province, longest form first', () => {
    expect(findRegions('广西壮族自治区南宁市和陕西西安').map((r) => [r.name, r.province])).toEqual([
      ['广西', '广西'],
      ['南宁', '广西'],
      ['陕西', '陕西'],
      ['西安', '陕西'],
    ]);
    expect(provinceOf('西安市')).toBe('陕西');
  });
});
