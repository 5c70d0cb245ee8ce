import { describe, expect, it } from 'vitest';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';
import { checkOffer } from '../../rules/check-offer.js';
import { findVenueNames } from '../../rules/names.js';
import { extractYields } from '../../rules/numbers.js';
import { folded, unfold } from '../../rules/phrase-gaps.js';

const registry = loadDefaultRegistry();
const flags = (text: string): string[] => checkOffer(text, { registry }).flags.map((f) => f.id);

describe('slot gaps by phrase', () => {
  it('GIVEN a quoted name, an amount, a company name and a 的-modifier THEN each folds to one mark and maps back', () => {
    const norm = '请把8万元转到我们合作的“恒远”商贸有限公司账户';
    const f = folded(norm);
    expect(f?.norm).toBe('请把\uE000转到的\uE001公司账户');
    const at = f?.norm.indexOf('\uE001') ?? -1;
    expect(f && norm.slice(...unfold(f, at, at + 3))).toBe('“恒远”商贸有限公司');
  });

  it('GIVEN a text with nothing to fold THEN there is no folded copy', () => {
    expect(folded('保本保息稳赚不赔')).toBeNull();
  });

  it.each([
    ['钱直接打到我们区域经理王总的个人支付宝上就行。', 'no_custody'],
    ['请把款项汇到我们合作的“盛达”贸易有限公司账户。', 'no_custody'],
    ['客服让我下载一个叫“汇盈国际”的软件来买港股。', 'fake_platform'],
    ['导师让大家安装一款名为《鼎盛环球》的APP。', 'fake_platform'],
    ['募集的钱全投向了我们老板控股的几家关联公司。', 'self_financing'],
    ['公司保证你每年拿回六千块分红。', 'guaranteed_return'],
    ['一代拿8%，二代拿4%。', 'referral_scheme'],
    ['the platform pools about 300 of you into one account.', 'split_or_pooled'],
    ['The stock app my online coach had me download keeps showing gains.', 'fake_platform'],
  ])('GIVEN a phrase inside the trigger (%s) THEN %s still fires', (text, flag) => {
    expect(flags(text)).toContain(flag);
  });

  it.each([
    '房租每月3000元，请转到房东李先生的个人账户。',
    '公司把3000元报销款转到我本人的工资卡上了。',
    '请下载“个人所得税”APP申报退税。',
    '基金管理人按超额收益的20%提取业绩报酬。',
    '富二代拿100万创业失败了。',
    'he installed the banking app his employer recommended.',
    '保证每一位（包括外地）顾客都能买到正品。',
  ])('GIVEN an everyday text with the same kinds of phrase (%s) THEN no flag fires', (text) => {
    expect(flags(text)).toEqual([]);
  });
});

describe('sham registry names from parts', () => {
  it.each([
    ['产品在安信县资产登记托管中心登记发行。', '安信县资产登记托管中心'],
    ['项目已在江南股权备案登记服务中心备案。', '江南股权备案登记服务中心'],
    ['在某某金融资产服务公司登记挂牌。', '某某金融资产服务公司登记挂牌'],
  ])('GIVEN %s THEN the name is a pseudo venue', (text, name) => {
    expect(
      findVenueNames(text)
        .filter((v) => v.kind === 'pseudo')
        .map((v) => v.text),
    ).toContain(name);
  });

  it.each(['商品房在市不动产登记中心办理登记。', '上海联合产权交易所公开挂牌转让国有股权。', '作品在省知识产权登记中心登记。'])(
    'GIVEN a legitimate registry or state-asset exchange (%s) THEN pseudo_exchange stays silent',
    (text) => {
      expect(flags(text)).not.toContain('pseudo_exchange');
    },
  );
});

describe('tenths with a period word', () => {
  it.each([
    ['产品回报一年两成', 20],
    ['每年给你三成', 30],
    ['收益两成一年，到期付清', 20],
    ['每年两成五的回报', 25],
    ['一个月就能赚一成', 120],
  ])('GIVEN %s THEN the annual rate is %d %%', (text, rate) => {
    expect(extractYields(text).map((y) => y.annualPercent)).toContain(rate);
  });

  it.each(['这家店的租金一年涨了三成。', '员工每年三成的时间在外地出差。', '这批商品一年两成的损耗率。'])(
    'GIVEN a share or a price rise in 成 (%s) THEN no yield',
    (text) => {
      expect(extractYields(text)).toEqual([]);
    },
  );
});
