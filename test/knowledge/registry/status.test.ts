import { describe, expect, it } from 'vitest';
import { statusReplyFor } from '../../../bot/commands/status.js';
import { createRegistry, loadDefaultRegistry } from '../../../knowledge/registry/registry.js';
import { loadRegistryData } from '../../../knowledge/registry/schema.js';
import { answerStatus } from '../../../knowledge/registry/status.js';

const registry = loadDefaultRegistry();
const first = (name: string) => answerStatus(name, registry).lines[0];

describe('/status honest about time', () => {
  it('GIVEN an exchange whose qualification was cancelled THEN the date and source of the notice', () => {
    expect(first('湖南金交所')).toMatchObject({
      text: '据2024-03-25公告：已取消业务资质',
      date: '2024-03-25',
      source: { doc: '000_6edacb817b9a59d4.txt' },
    });
  });

  it('GIVEN an exchange with no recorded closure THEN what the latest report says of its kind, never "operating" from its founding date', () => {
    const line = first('天津金融资产交易所');
    expect(line?.text).toBe('2024年3月的报告称金交所将全部关停退出，今后任何主体都不再具备金交所资质；未查到该机构的具体公告');
    expect(line?.date).toBe('2024-03');
    expect(line?.entry.founded).toBe('2010-05');
    expect(
      statusReplyFor('天津金融资产交易所', registry)
        .blocks.map((b) => JSON.stringify(b))
        .join(''),
    ).not.toMatch(/仍在运营|2010/);
  });

  it('GIVEN a platform described only by old reports THEN the statement on P2P platforms, not "operating"', () => {
    expect(first('汉金所')?.text).toMatch(/^2020年11月的资料称在营的P2P网贷机构已全部退出经营；未查到该机构的具体公告$/);
  });

  it('GIVEN 所 for 中心, 省 left out, an English name, a company suffix in English or a long typo THEN the entry', () => {
    expect(first('辽宁金融资产交易所')?.entry.id).toBe('liaoning-fae');
    expect(first('黑龙江金融资产交易所')?.entry.id).toBe('heilongjiang-fae');
    expect(first('TIANJIN FINANCIAL ASSET EXCHANGE')?.entry.id).toBe('tianjin-fae');
    expect(first('CHONGQING FINANCIAL ASSETS EXCHANGE CO., LTD.')?.entry.id).toBe('chongqing-fae');
    expect(first('吉林东北亚创心金融资产交易中兴')?.entry.id).toBe('jilin-northeast-asia-fae');
  });

  it('GIVEN part of a name THEN nothing claimed, and "did you mean" with the registered name', () => {
    const reply = statusReplyFor('东北亚', registry);
    expect(reply.blocks).toEqual([
      { type: 'text', text: '登记册中没有找到「东北亚」。请核对全称，或到属地地方金融管理部门官网查询其资质。' },
      { type: 'text', text: '您要找的是不是：吉林东北亚创新金融资产交易中心？' },
    ]);
  });

  it('GIVEN an unknown name shaped like a 伪金交所 THEN that warning, with the word that gives it away', () => {
    const answer = answerStatus('北辰资产登记备案中心有限公司', registry);
    expect(answer.lines).toEqual([]);
    expect(answer.warning).toMatch(/^「北辰资产登记备案中心有限公司」不在登记册中。名称里的“资产登记”是“伪金交所”常用的字样/);
  });

  it('GIVEN an unknown 金融资产交易中心 THEN what the report says of all of them, and no place taken for a typo of another', () => {
    const answer = answerStatus('河南金融资产交易中心', registry);
    expect(answer.lines).toEqual([]);
    expect(answer.warning).toMatch(/^「河南金融资产交易中心」不在登记册中。2024年的报告称金交所将全部关停退出/);
  });

  it('GIVEN the shipped registry THEN every status other than no-closure-record has a dated source', () => {
    const { entries } = loadRegistryData();
    expect(entries.filter((e) => e.status !== 'no-closure-record' && !e.date)).toEqual([]);
    expect(entries.filter((e) => e.status === 'operating')).toEqual([]);
  });

  it('GIVEN a status learnt from news THEN it is shown with the news date', () => {
    const local = createRegistry(loadRegistryData().entries, loadRegistryData().sectors);
    local.apply({
      name: '天津金融资产交易所',
      status: 'deregistered',
      date: '2025-06-30',
      source: { title: '天津金融资产交易所完成注销', url: 'https://news.example/tj', accessed: '2025-06-30' },
    });
    expect(answerStatus('天津金交所', local).lines[0]).toMatchObject({ text: '据2025-06-30报道：已注销', date: '2025-06-30' });
  });
});
