import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';

const registry = loadDefaultRegistry();
const classify = (title: string, summary = '', date?: string) => classifyNews({ title, summary, date }, registry);

// Round 7 (r7-16): the causes that recurred across three independent authors, as general rules.
// Names and wordings invented.

describe('a fraud word that describes the venue closed', () => {
  const KINDS = ['非法外汇保证金交易平台', '境外虚拟货币合约交易平台', '非法股票配资平台', '涉嫌非法集资的理财APP'];
  it.each(KINDS)('GIVEN “X” followed by %s and closed by 取缔 THEN the brand is the argument and it is a closure', (kind) => {
    const r = classify('某市联合执法取缔一非法平台', `市金融管理局会同公安机关依法取缔“星岚汇”${kind}。`);
    expect(r.closure).toBe(true);
    expect(r.entities).toContain('星岚汇');
  });

  it('GIVEN a warning that names no closed venue THEN it is still no closure', () => {
    expect(classify('警惕非法外汇交易平台', '不法分子以高收益为诱饵，投资者应提高警惕。').closure).toBe(false);
  });
});

describe('names inside a reason clause are not the subject', () => {
  it('GIVEN A、B因参与组建C而解散 THEN A and B are closed and C is not', () => {
    const r = classify(
      '两家农信社获批解散',
      '同意青山县农村信用合作联社、白水县农村信用合作联社因共同发起设立云岭农商银行而解散，两社许可证一并注销。',
    );
    expect(r.closure).toBe(true);
    expect(r.entities).toEqual(['青山县农村信用合作联社', '白水县农村信用合作联社']);
  });

  it('GIVEN a firm closed because of what another firm did THEN the firm before 因 is the one closed', () => {
    const r = classify('溪川小额贷款有限公司因长期未开展业务被注销', '');
    expect(r.entities).toEqual(['溪川小额贷款有限公司']);
  });
});

describe('a closure the summary dates before the item is background', () => {
  it('GIVEN a payout item whose summary says it had stopped a year or more before THEN no closure', () => {
    const r = classify('“禾丰在线”第四轮退赔款下周发放', '清退资金将按比例发放至出借人账户。该平台已于2020年停止运营。', '2024-05-02');
    expect(r.closure).toBe(false);
  });

  it('GIVEN the same sentence dated in the year of the item THEN it reports the closure', () => {
    const r = classify('省地方金融管理局通报', '“禾丰在线”网贷平台已于2024年3月停止运营，存量业务清零。', '2024-05-02');
    expect(r.closure).toBe(true);
    expect(r.entities).toContain('禾丰在线');
  });

  it('GIVEN a title that itself reports the closure THEN an earlier-dated summary clause does not cancel it', () => {
    const r = classify('沙洲金融资产交易中心交易场所资质被取消', '该中心于2019年停止新增业务，现正式退出。', '2023-08-01');
    expect(r.closure).toBe(true);
  });
});

describe('an outlet of an institution is a part of it', () => {
  it('GIVEN a named bank sub-branch that ceases business and returns its licence THEN no closure of the bank', () => {
    const r = classify(
      '某银行一支行终止营业',
      '经监管局核准，瑞丰银行股份有限公司临江路支行终止营业并缴回金融许可证，业务由分行营业部承接。',
    );
    expect(r.closure).toBe(false);
  });

  it('GIVEN a rural bank rebuilt as a sub-branch of another THEN the rural bank still left', () => {
    const r = classify('青峰村镇银行改建为支行', '青峰村镇银行股份有限公司改建为远山农村商业银行股份有限公司青峰支行，原法人资格终止。');
    expect(r.closure).toBe(true);
    expect(r.entities).toContain('青峰村镇银行股份有限公司');
  });
});

describe('a verb before a name is no part of it', () => {
  it('GIVEN 不再保留X交易场所资格 THEN the name starts after 保留', () => {
    const r = classify('省金融局公告', '经研究，不再保留云栖金融资产交易中心交易场所资格，该中心停止全部业务。');
    expect(r.closure).toBe(true);
    expect(r.entities).toEqual(['云栖金融资产交易中心']);
  });
});

describe('English closures: exits from any line of business, dissolutions, a firm named by its kind', () => {
  it.each([
    ['Lender Petrel Lending completes orderly exit', 'Petrel Lending'],
    ['Corvid Credit exited P2P lending once every investor was repaid', 'Corvid Credit'],
    ['Magpie Finance exits the microlending business', 'Magpie Finance'],
    ['Watchdog orders dissolution of Jay Valley Village Bank Co., Ltd.', 'Jay Valley Village Bank Co., Ltd.'],
  ])('GIVEN "%s" THEN a closure of %s', (title, name) => {
    const r = classify(title);
    expect(r.closure).toBe(true);
    expect(r.entities).toContain(name);
  });

  it('GIVEN a later sentence about "The bank" handing back its licence THEN it is the bank named before', () => {
    const r = classify(
      'Two rural lenders merge',
      'Lark County Savings Co., Ltd. merged into a larger group. The bank has surrendered its licence.',
    );
    expect(r.entities).toEqual(['Lark County Savings Co., Ltd.']);
  });

  it.each([
    'Asset manager Gull Capital exits the Chinese bond market',
    'Fund exits stake in Petrel Bank',
    'Tern Finance exit plan approved by regulator',
    'Court backs dissolution of the partnership between two founders',
  ])('GIVEN "%s" THEN no closure', (title) => {
    expect(classify(title).closure).toBe(false);
  });
});

describe('word orders and boundaries found by probing after the first changes', () => {
  it('GIVEN a cleft (资质被取消的，是X) THEN X is what closed', () => {
    const r = classify('资质被取消的，是月湖金融资产交易中心');
    expect(r.entities).toEqual(['月湖金融资产交易中心']);
  });

  it('GIVEN X典当行典当经营许可证被收回 THEN the licence kind is not glued to the name', () => {
    expect(classify('月湖典当行典当经营许可证被收回').entities).toEqual(['月湖典当行']);
  });

  it('GIVEN a bare lending brand that 实现存量清零 THEN the brand closed', () => {
    expect(classify('月湖网贷实现存量清零').entities).toEqual(['月湖网贷']);
  });

  it('GIVEN funds or products of a firm wound up (旗下两只基金清盘) THEN no closure of the firm', () => {
    expect(classify('月湖证券旗下两只基金清盘').closure).toBe(false);
    expect(classify('月湖信托三款信托计划已清算').closure).toBe(false);
  });

  it('GIVEN an English headline "Authorities ban X platform" THEN X is closed', () => {
    expect(classify('Authorities ban Kestrel Coin platform').entities).toEqual(['Kestrel Coin']);
  });
});

describe('polarity and parts found by the second probe', () => {
  it('GIVEN a firm’s 严正声明 about a rumour that it lost its licence THEN no closure', () => {
    expect(classify('远舟小贷：关于网传我司被吊销牌照的严正声明').closure).toBe(false);
  });

  it('GIVEN a bank’s ATMs or online banking that stop THEN no closure of the bank', () => {
    expect(classify('远舟银行ATM停止服务').closure).toBe(false);
    expect(classify('远舟银行电话银行服务正式停止运营').closure).toBe(false);
  });

  it('GIVEN a headline "brand：正式宣布退出…行业" THEN the brand before the colon closed', () => {
    expect(classify('远舟网贷：正式宣布退出网络借贷行业').entities).toEqual(['远舟网贷']);
  });

  it('GIVEN a platform the item says is not financial THEN its closure is no alert', () => {
    const r = classify('某科技公司关闭旗下数字藏品平台', '公司宣布关闭数字藏品平台“云砚”，已购藏品可退款。平台不涉及金融业务。');
    expect(r.closure).toBe(false);
  });

  it('GIVEN 非法集资 in an item closing a brand THEN it still counts as financial', () => {
    const r = classify('某地取缔“云砚”平台', '警方依法取缔“云砚”平台，该平台涉嫌非法集资。');
    expect(r.closure).toBe(true);
  });
});

describe('English arguments and lists found by the third probe', () => {
  it('GIVEN a date after the verb (ceased all operations on March 1) THEN the firm, not the month, closed', () => {
    expect(classify('Heron Loans ceased all operations on March 1').entities).toEqual(['Heron Loans']);
  });

  it('GIVEN "X and its operator Y Ltd." shut down THEN both are named', () => {
    expect(classify('Authorities shut down Heron Wealth and its operator Heron Tech Ltd.').entities).toEqual([
      'Heron Wealth',
      'Heron Tech Ltd.',
    ]);
  });

  it('GIVEN a firm that leaves P2P lending THEN a closure; a firm that leaves a stake THEN none', () => {
    expect(classify('Heron Credit leaves P2P lending after repaying lenders').entities).toEqual(['Heron Credit']);
    expect(classify('Heron Capital leaves its stake in a fintech start-up').closure).toBe(false);
  });

  it('GIVEN 辖内X、Y两家典当行的典当经营许可证被注销 THEN both names without the scope word', () => {
    expect(classify('辖内桐花典当、梧桐典当两家典当行的典当经营许可证被注销').entities).toEqual(['桐花典当', '梧桐典当']);
  });
});

describe('a bare platform brand of the X在线 shape', () => {
  it('GIVEN X在线 that 已完成存量清零 in a lending item THEN X在线 closed', () => {
    expect(classify('一家网贷机构退出', '松涛在线已完成存量业务清零，退出网络借贷行业。').entities).toEqual(['松涛在线']);
  });

  it('GIVEN X在线 with no financial word in the item THEN no closure', () => {
    expect(classify('松涛在线已停止运营', '这家游戏社区称将专注线下活动。').closure).toBe(false);
  });
});

describe('time frames: a closure recalled a full period later', () => {
  it('GIVEN X注销满一年 with investors still unpaid THEN no closure', () => {
    expect(classify('竹溪金交所注销满一年，投资者仍未拿回本金').closure).toBe(false);
  });
});

describe('English repayments: the condition of an exit, or the news itself', () => {
  it('GIVEN investors repaid after a platform exited THEN a payout item, no closure', () => {
    expect(classify('Investors repaid in full two years after Corvid Credit exited P2P lending').closure).toBe(false);
  });
});
