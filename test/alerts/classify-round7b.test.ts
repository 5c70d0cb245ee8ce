import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';

const registry = loadDefaultRegistry();
const classify = (title: string, summary = '', date?: string) => classifyNews({ title, summary, date }, registry);

// Round 7b (r7b-16): precision frames for articles that retell, aggregate or only begin a closure.
// Names and wordings invented.

describe('retrospectives, digests and commentary', () => {
  const LOOKS_BACK = [
    ['回顾2022：云杉银行倒闭、鹭岛信托被接管', '全球银行业经历了动荡的一年。'],
    ['年终盘点：本年度金融监管十大关键词', '从金交所关停到中小银行合并重组。'],
    ['历史上的今天：1998年南港银行倒闭', ''],
    ['细数那些年被取缔的理财平台', '不少平台实控人已被追究刑事责任。'],
    ['时评：村镇银行被吸收合并背后的改革逻辑', ''],
    ['某控股集团年报显示，旗下小贷公司多年前已注销', ''],
  ] as const;
  it.each(LOOKS_BACK)('GIVEN the look-back %s THEN it is no closure', (title, summary) => {
    expect(classify(title, summary, '2024-06-01').closure).toBe(false);
  });

  it('GIVEN a digest of this week’s news (本月初, 上周) THEN its closure is still news', () => {
    const r = classify('一周监管要闻回顾', '青檀小额贷款有限公司于上周完成注销登记，其经营许可证同步缴回。', '2024-06-01');
    expect(r.closure).toBe(true);
    expect(r.entities).toContain('青檀小额贷款有限公司');
  });
});

describe('a closure dated years before the item, in the title', () => {
  it('GIVEN a 2024 title saying a company 已于2019年注销 THEN it is background, no closure', () => {
    expect(classify('栖霞控股：控股子公司已于2019年注销', '公司目前主营物业服务。', '2024-06-01').closure).toBe(false);
  });

  it('GIVEN a January title reporting last December’s deregistration THEN it is still a closure', () => {
    const r = classify('松岭典当有限责任公司已于2023年12月完成注销', '', '2024-01-08');
    expect(r.closure).toBe(true);
    expect(r.entities).toContain('松岭典当有限责任公司');
  });

  it('GIVEN a bank failure told as a century-old story (百年前) THEN it is no closure', () => {
    expect(classify('一家老银行百年前倒闭的故事', '', '2024-06-01').closure).toBe(false);
  });
});

describe('a court that accepts a bankruptcy petition has not declared bankruptcy', () => {
  it('GIVEN 法院裁定受理X破产清算 THEN it is no closure', () => {
    expect(classify('法院裁定受理云帆小贷破产清算', '').closure).toBe(false);
  });

  it('GIVEN 受理 in one clause and 宣告X破产 in the next THEN the declaration is a closure', () => {
    const r = classify('区法院裁定受理后，宣告鸿泰融资担保有限公司破产', '');
    expect(r.closure).toBe(true);
    expect(r.entities).toContain('鸿泰融资担保有限公司');
  });
});

describe('parts of a bank and expiring licences', () => {
  it('GIVEN a bank closing one self-service outlet (关闭一处自助银行) THEN it is a part, no closure', () => {
    expect(classify('某银行分行关闭一处自助银行', '设备已迁往新址。').closure).toBe(false);
  });

  it('GIVEN a licence for payments not renewed that expires (牌照到期失效) THEN it is a closure of the named firm', () => {
    const r = classify('人民银行不予续展，恒星支付牌照到期失效', '');
    expect(r.closure).toBe(true);
  });
});

describe('English explainers and questions', () => {
  it('GIVEN an English “why were … shut down?” explainer THEN it is no closure', () => {
    expect(classify('Why were so many web lenders shut down? A professor explains').closure).toBe(false);
  });

  it('GIVEN an English closure stated as news THEN it is still a closure', () => {
    expect(classify('Regulator shuts down Greyfin Exchange over unlawful deposit-taking').closure).toBe(true);
  });
});

describe('a statement that a rumoured closure did not happen', () => {
  it('GIVEN 网络流传…被关闭的消息 and 经核实…仍在正常运营 THEN it is a denial', () => {
    const r = classify('关于“青屿金融资产交易中心”有关情况的说明', '网上流传该中心已被关闭，经核实，该中心仍在正常运营。');
    expect(r.closure).toBe(false);
  });
});

describe('a brand beside a non-financial kind', () => {
  it('GIVEN 线上商城“X汇” stopping operations THEN the shop is no financial venue', () => {
    expect(classify('线上商城“鲜果汇”停止运营', '').closure).toBe(false);
  });

  it('GIVEN a money-named brand beside a platform kind (“X汇”网贷平台) THEN it is still a closure', () => {
    const r = classify('“鑫福汇”网贷平台停止运营', '');
    expect(r.closure).toBe(true);
    expect(r.entities).toContain('鑫福汇');
  });
});

describe('English attributive collapse and police actions', () => {
  it('GIVEN police raiding the offices of a “collapsed lender” THEN it is no closure', () => {
    expect(classify('Police raid offices of collapsed lender, three detained').closure).toBe(false);
  });

  it('GIVEN a lender that “collapsed” as the verb THEN it is a closure', () => {
    expect(classify('Online lender Brightleaf collapsed on Tuesday, leaving savers unpaid').closure).toBe(true);
  });
});

describe('objects that are no venue: cards in quotes, teams, one role of a firm, a client', () => {
  const PARTS = [
    ['多家银行清理注销“休眠借记卡”', ''],
    ['松石证券解散量化投资团队', ''],
    ['某期货公司被取消做市商资格', ''],
    ['某券商停止为一家私募机构提供交易服务', ''],
  ] as const;
  it.each(PARTS)('GIVEN %s THEN it is no closure', (title, summary) => {
    expect(classify(title, summary).closure).toBe(false);
  });

  it('GIVEN a platform that stops serving its users (停止为用户提供服务) THEN it is still a closure', () => {
    const r = classify('“惠民宝”平台停止为全部用户提供服务', '平台存量借款已全部结清。');
    expect(r.closure).toBe(true);
    expect(r.entities).toContain('惠民宝');
  });
});

describe('a meeting that speaks of closures in general', () => {
  it('GIVEN a work meeting whose summary says a sector has exited THEN it is no closure', () => {
    expect(classify('全省类金融机构风险处置推进会召开', '会议通报，全省网贷机构已全部退出。').closure).toBe(false);
  });
});

describe('a closure only feared or denied as a state', () => {
  it('GIVEN a bank 濒临倒闭 THEN it is no closure', () => {
    expect(classify('一家地方银行濒临倒闭', '该行存款本周大量流失。').closure).toBe(false);
  });

  it('GIVEN 不存在关停情况 THEN it is no closure', () => {
    expect(classify('银杏金服回应：平台运营正常，不存在关停情况').closure).toBe(false);
  });

  it('GIVEN an English lender on the brink of collapse THEN it is no closure', () => {
    expect(classify('Mid-sized lender Corvid on the brink of collapse as savers pull deposits').closure).toBe(false);
  });

  it('GIVEN a bank that did fail (倒闭) after the same run THEN it is a closure', () => {
    const r = classify('挤兑三天后，云溪银行宣告倒闭', '');
    expect(r.closure).toBe(true);
  });
});

describe('a survey about closures', () => {
  it('GIVEN a survey title whose respondents did not know an exchange closed THEN it is no closure', () => {
    expect(classify('调查：近半受访者不知道本地金交所已关闭', '').closure).toBe(false);
  });
});
