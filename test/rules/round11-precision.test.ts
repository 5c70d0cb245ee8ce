import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';
import { measureCoverage } from './coverage-table.js';

const ids = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);
// Measured once at load, as ./coverage.test.ts does: the table takes longer than one test's timeout.
const table = measureCoverage();

describe("round 11, precision: a residents' chat and seniors' English", () => {
  it('GIVEN a neighbour\'s loss told with a residents\' "we" (我们村, our block) THEN no flag is raised', () => {
    expect(ids('我们村的王婶前几年听人讲“月月分红、保本保息”，把卖猪的钱都投了，后来那家公司人没了，钱到现在也没着落。')).toEqual([]);
    expect(
      ids('A man in our block was told "guaranteed 10% a year" by a seminar host; he put his savings in and the firm vanished in May.'),
    ).toEqual([]);
  });

  it("GIVEN a loss story whose rate is told in the teller's own words THEN the rate is history, not an offer", () => {
    expect(ids('三年前我表舅信了一个理财项目，年化百分之二十、到期还本，投了十五万，后来老板跑路了，一分没拿回来。')).toEqual([]);
  });

  it('GIVEN a residents\' "we" beside a call to invest THEN the pitch keeps its flags', () => {
    expect(ids('我们村好几户都投了，每个月返三个点，稳赚不赔，你也赶紧来吧。')).toContain('guaranteed_return');
  });

  it("GIVEN a moderator's notice with an emoji header, a stranger who 说什么 …, and a call to be wary on another line THEN no flag is raised", () => {
    const text = '❗❗管理员提醒❗❗\n这几天有人私加群里老人，说什么年息一成二、政府兜底、保本保息……\n请大家务必警惕！拿不准的先问我。';
    expect(ids(text)).toEqual([]);
    expect(checkOffer(text).framing).toBe('warning');
  });

  it("GIVEN a notice dress turned to the speaker's own plan THEN the pitch keeps its flags", () => {
    expect(ids('❗管理员提醒❗外面骗子多，大家小心！我这个才是正规的：保本保息，年化12%，名额有限，私聊我。')).toContain(
      'guaranteed_return',
    );
  });

  it('GIVEN a question what a quoted term a friend mentioned means THEN no flag is raised', () => {
    expect(ids('想问问，亲戚推荐的“收益权转让”到底是什么意思？我一分钱还没投。')).toEqual([]);
    expect(ids('My sister keeps saying "directed financing". What does that mean?')).toEqual([]);
    expect(ids('“保本保息”这个说法现在还能用吗？')).toEqual([]);
  });

  it('GIVEN a quoted rate a friend mentioned, asked about THEN the rate still counts (a pitch in hand, not a term)', () => {
    expect(ids('朋友推荐的“月息3分”到底是什么意思？')).toContain('high_yield');
  });

  it('GIVEN a retold question answered in general terms with a caution THEN it is an explainer and raises nothing', () => {
    expect(ids('老伴问我“非标债权”是什么东西，我查了：一般是企业发的融资产品，监管不允许向散户公开推销，大家多留个心眼。')).toEqual([]);
  });

  it('GIVEN an English alert naming chat apps in the subject and quoting the promise THEN no flag is raised', () => {
    expect(ids('Police notice: beware of WeChat or Telegram channels offering "2% a day, guaranteed" on coins. Report them.')).toEqual([]);
  });

  it('GIVEN an English pitch that names its own Telegram THEN it keeps its flags', () => {
    expect(ids('Join our Telegram now: guaranteed 2% a day on USDT, principal protected.')).toContain('guaranteed_return');
  });

  it('GIVEN the round-11 generator rows THEN the precision rows hold and the pitch rows fire', () => {
    const { rows } = table;
    let clean = { n: 0, ok: 0 };
    let fires = { n: 0, ok: 0 };
    for (const row of rows.values()) {
      for (const f of ['modnotice', 'neighbour', 'termask', 'regalert'] as const)
        clean = { n: clean.n + row[f].n, ok: clean.ok + row[f].ok };
      for (const f of ['modpitch', 'storypitch'] as const) fires = { n: fires.n + row[f].n, ok: fires.ok + row[f].ok };
    }
    expect(clean.ok / clean.n).toBeGreaterThanOrEqual(0.99);
    expect(fires.ok / fires.n).toBeGreaterThanOrEqual(0.97);
  });
});
