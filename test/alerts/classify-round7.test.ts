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
      '同意青山县农村信用合作联社、白水县农村信用合作联社因参与组建云岭农村商业银行股份有限公司而解散，原金融许可证予以注销。',
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
  it('GIVEN a payout item whose summary says the platform stopped in an earlier year THEN no closure', () => {
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
