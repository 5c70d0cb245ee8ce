import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { classifyNews } from '../../bot/alerts/classify.js';
import { DEFAULT_LEXICON_FILE, parseLexicon } from '../../bot/alerts/lexicon.js';
import { loadDefaultRegistry } from '../../knowledge/registry/registry.js';

const registry = loadDefaultRegistry();
const classify = (title: string, summary = '') => classifyNews({ title, summary }, registry);

// Round 6 wave 2 (w2-16): English wire wordings, the object must be an institution, phrase-sized gaps,
// misconduct words beside a completed act, aftermath. Names invented; the shapes cross the ZW batches.

const EN_FIRMS = ['Hatfield Credit Limited', 'Moorcroft Digital Exchange', 'Elmstead Community Bank', 'Pickering Forex Limited'];
const EN_CLOSURES = [
  'Regulators closed {n} on Thursday',
  '{n} was closed by the state banking department',
  'Authorities shut {n}',
  'Regulator shutters {n}',
  'Court winds up {n}',
  '{n} placed into liquidation',
  '{n} went out of business',
  '{n} exited the lending business',
  'Regulator cancels the qualifications of {n}',
  'Regulator withdrew the permit of {n}',
  '{n} surrenders its licence',
  '{n} removed from the register of lenders',
  'Regulators Close {n}',
  'Liquidators appointed to {n}',
  '{n} has had its authorisation cancelled',
  'Authorities revoked the operating approvals of {n}',
];
const EN_DISTRACTORS = [
  'Shares of {n} closed 2% lower',
  '{n} closes a $5 million round',
  '{n} closed 300 inactive accounts',
  '{n} is not being closed, regulator says',
  '{n} closes its doors to new customers for a week',
  'The merger with {n} was closed on Monday',
  'Regulator to probe {n}',
  '{n} suspended for three months',
  'Investors of {n}, which regulators shut down in 2021, still seek repayment',
  '{n} may be wound up',
];

describe('English closures by wire wording', () => {
  for (const n of EN_FIRMS) {
    it.each(EN_CLOSURES.map((t) => t.replace('{n}', n)))('GIVEN "%s" THEN it is a closure of the firm', (title) => {
      const r = classify(title);
      expect(r.closure, r.reason).toBe(true);
      expect(r.entities).toEqual([n]);
    });
    it.each(EN_DISTRACTORS.map((t) => t.replace('{n}', n)))('GIVEN "%s" THEN it is no closure', (title) => {
      expect(classify(title).closure).toBe(false);
    });
  }

  it('GIVEN a platform and the firm running it exited THEN both are reported', () => {
    const r = classify(
      'Last lender in the county exits',
      'Hopdai, run by Hopwood Web Services Ltd., paid back every lender before it exited the lending business.',
    );
    expect(r.entities).toEqual(['Hopdai', 'Hopwood Web Services Ltd.']);
  });

  it('GIVEN a court ruling a long-named company bankrupt THEN the whole name is the entity, not a headline phrase', () => {
    const r = classify(
      'Court rules Wenling P2P firm bankrupt',
      'A Wenling court on Monday ruled Wenling Xinda Online Finance Information Services Co. bankrupt. The firm ran the Xindadai app.',
    );
    expect(r.closure).toBe(true);
    expect(r.entities).toEqual(['Wenling Xinda Online Finance Information Services Co.', 'Xindadai']);
  });

  it('GIVEN three venues listed after "revoked the qualifications held by" THEN all three are reported and the province is not', () => {
    const r = classify(
      'Jilin strips three venues of their qualifications',
      'Supervisors revoked the qualifications held by Alpha Equity Exchange Limited, Beta Metals E-Trading Exchange Limited and Gamma Art Exchange Limited.',
    );
    expect(r.entities).toEqual(['Alpha Equity Exchange Limited', 'Beta Metals E-Trading Exchange Limited', 'Gamma Art Exchange Limited']);
  });
});

describe('the object of a closure must be a venue, platform or institution', () => {
  it.each([
    '桐庐农商银行集中注销一批零余额的长期不动账户',
    '部分银行启动休眠账户清理，符合条件的账户予以注销',
    '柏林证券注销一批零余额资金账户',
    '车管所注销一批逾期未检车辆号牌',
    '青川银行为已还清贷款的客户办理抵押登记注销',
    '柳岸支付关闭旗下APP的提现功能',
    '某基金公司注销一名员工的从业资格证书',
  ])('GIVEN "%s" THEN it is no closure', (title) => {
    expect(classify(title).closure).toBe(false);
  });

  it('GIVEN a closure verb whose object names no venue THEN closure is false, never true with zero entities', () => {
    const r = classify('多家银行集中清理睡眠户', '余额为零的账户予以注销。');
    expect(r.closure).toBe(false);
    expect(r.entities).toEqual([]);
  });

  it('GIVEN a bank closing accounts and, in the next sentence, a venue deregistered THEN only the venue is reported', () => {
    const r = classify('两则消息', '桐庐农商银行注销一批不动账户。另有枫桥小额贷款有限公司完成注销登记。');
    expect(r.closure).toBe(true);
    expect(r.entities).toEqual(['枫桥小额贷款有限公司']);
  });

  it('WHEN the objectAfter and objectBefore frames match nothing THEN the old reading (a closure of the bank) comes back', () => {
    const file = JSON.parse(readFileSync(DEFAULT_LEXICON_FILE, 'utf8')) as { frames: Record<string, string> };
    file.frames.objectAfter = '(?!)';
    file.frames.objectBefore = '(?!)';
    const lexicon = parseLexicon(JSON.stringify(file), 'lex.json');
    expect(classifyNews({ title: '桐庐农商银行集中注销一批零余额的长期不动账户' }, registry, lexicon).closure).toBe(true);
  });

  it('WHEN the aftermath frames are missing THEN loading fails naming the first', () => {
    const file = JSON.parse(readFileSync(DEFAULT_LEXICON_FILE, 'utf8')) as { frames: Record<string, string> };
    delete file.frames.aftermathAfter;
    expect(() => parseLexicon(JSON.stringify(file), 'lex.json')).toThrow('lex.json: frames.aftermathAfter Required');
  });
});

describe('gaps sized by phrase', () => {
  it('GIVEN a court, a date and a name with a bracketed former name between 宣告 and 破产 THEN the company is reported', () => {
    const r = classify(
      '法院宣告破产',
      '西岭省北川市中级人民法院于2023年6月2日裁定宣告北川市恒丰互联网金融信息服务股份有限公司（原北川恒丰投资咨询有限公司，“恒丰贷”运营方）破产。',
    );
    expect(r.closure).toBe(true);
    expect(r.entities).toContain('北川市恒丰互联网金融信息服务股份有限公司');
  });

  it('GIVEN a reason clause and a long name between 收回 and 许可证 THEN the guarantor is reported', () => {
    const r = classify(
      '收回许可证',
      '市金融管理局依法收回对连续三年未开展业务、且无法联系的石门湾融资担保股份有限公司颁发的融资担保业务经营许可证。',
    );
    expect(r.entities).toEqual(['石门湾融资担保股份有限公司']);
  });

  it('GIVEN 受理破产申请 with a long name THEN it is no closure', () => {
    expect(classify('受理破产申请', '北川市中级人民法院裁定受理北川市恒通网络小额贷款有限公司（原恒通小贷）的破产清算申请。').closure).toBe(
      false,
    );
  });
});

describe('misconduct words and aftermath', () => {
  it.each([
    ['一家冒用交易中心名义的登记公司完成注销', '企业信息显示，碧溪资产登记服务有限公司已于5月8日注销。', '碧溪资产登记服务有限公司'],
    ['冒充银行揽储，榆林湾投资咨询有限公司被注销', '', '榆林湾投资咨询有限公司'],
    ['涉嫌非法集资的“石榴宝”平台被依法取缔', '', '石榴宝'],
    ['此前被约谈的碧霞金融资产交易中心今日被取消交易场所资格', '', '碧霞金融资产交易中心'],
  ])('GIVEN "%s" THEN the completed act is a closure of the named firm', (title, summary, name) => {
    const r = classify(title, summary);
    expect(r.closure, r.reason).toBe(true);
    expect(r.entities).toContain(name);
    // The misconduct word cuts a name: no "冒用交易中心" glued into the entities.
    expect(r.entities.filter((e) => /冒用|冒充|假冒/.test(e))).toEqual([]);
  });

  it.each([
    ['警惕有人冒用“云台金融资产交易中心”名义销售产品', ''],
    ['有人冒用已注销的柏溪融资担保有限公司名义行骗', ''],
    ['被责令关闭三年后 “柚子贷”出借人仍在追讨本金', '2021年被责令关闭的柚子贷平台仍有出借人未获清偿。'],
    ['两年前被取缔的雁湖商品交易中心 投资者仍在维权', ''],
    ['时隔两年 被关停的枫叶金融资产交易中心仍在处置资产', ''],
    ['自白露金融资产交易中心被关闭以来 当地已追回资金逾亿元', ''],
  ])('GIVEN "%s" THEN it is no closure', (title, summary) => {
    expect(classify(title, summary).closure).toBe(false);
  });
});
