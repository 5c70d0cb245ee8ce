import { describe, expect, it } from 'vitest';
import { checkOffer } from '../../rules/check-offer.js';

const flags = (text: string): string[] => checkOffer(text).flags.map((f) => f.id);

describe('round 6 context: notices by register', () => {
  it('GIVEN a police slogan (天上不会掉馅饼) around a quoted pitch THEN nothing fires', () => {
    expect(flags('天上不会掉馅饼，碰到说“年化30%稳赚”的一律当骗子。')).toEqual([]);
  });
  it('GIVEN a court finding that quotes what the defendant told victims THEN the quote is reported, not claimed', () => {
    expect(flags('法院经审理查明，被告人对外宣称“月息三分、保本保息”，吸收资金五千万元。')).toEqual([]);
  });
  it("GIVEN a victim's retold lesson (后来才知道是骗局) THEN the retold pitch does not fire", () => {
    expect(flags('我姑姑前年投了个养老公寓项目，后来才知道是骗局，大家引以为鉴。')).toEqual([]);
  });
  it('GIVEN an English court report ("prosecutors said…") THEN nothing fires', () => {
    expect(flags('Prosecutors said the firm promised savers 25% a year with zero risk.')).toEqual([]);
  });
  it("GIVEN a slogan followed by a turn to the speaker's own product THEN the pitch after the turn fires", () => {
    expect(flags('天上不会掉馅饼，不过我们这款真的保本，年化14%。')).toEqual(expect.arrayContaining(['guaranteed_return', 'high_yield']));
  });
  it('GIVEN media coverage claimed as an endorsement THEN it is no report frame', () => {
    expect(flags('我们项目上过电视新闻，年化15%，稳赚不赔。')).toEqual(expect.arrayContaining(['guaranteed_return']));
  });
  it('GIVEN "heads up" with no warning word (a seller\'s header) THEN the pitch fires', () => {
    expect(flags('Heads up: last two slots, 4% a week.')).toContain('high_yield');
  });
});

describe('round 6 context: negation, questions, foils', () => {
  it('GIVEN a negated mandate reaching through a long clause THEN the disowned channel does not fire', () => {
    expect(flags('本单位从未委托任何个人或中介借本单位名义在微信群里招揽投资。')).toEqual([]);
  });
  it('GIVEN 不允许外传 in a pitch THEN secrecy fires (the negator is part of the trigger)', () => {
    expect(flags('内部额度，不允许外传，年化16%。')).toContain('secrecy');
  });
  it('GIVEN 什么叫 / "what does … mean" about a term THEN nothing fires', () => {
    expect(flags('什么叫借新还旧？')).toEqual([]);
    expect(flags('What does a guarantor firm do?')).toEqual([]);
  });
  it('GIVEN a rival named with a determiner (比你那个网贷) THEN the rival does not fire but the offer does', () => {
    const got = flags('比你那个网贷平台靠谱，我们年化11%。');
    expect(got).toContain('high_yield');
    expect(got).not.toContain('p2p_lending');
  });
});

describe('round 6 context: beyond-contract slots', () => {
  it('GIVEN a stuck withdrawal in everyday words THEN withdrawal_blocked fires', () => {
    expect(flags('提现被驳回了三次，客服让我再充两万。')).toContain('withdrawal_blocked');
  });
  it('GIVEN a subordinated tranche that absorbs losses first THEN third_party_guarantee fires', () => {
    expect(flags('劣后方先行承担损失，优先级年化8.5%。')).toContain('third_party_guarantee');
  });
  it('GIVEN a suitor met on a matchmaking site who teaches trading THEN romance_contact fires', () => {
    expect(flags('婚恋网站上认识的女朋友，一直教我在她说的平台炒黄金。')).toContain('romance_contact');
  });
  it('GIVEN a sharing-economy investment THEN hype_theme fires, and a bike pass does not', () => {
    expect(flags('投资共享经济项目，每台机器每月分红两百。')).toContain('hype_theme');
    expect(flags('共享单车季卡打折了。')).toEqual([]);
  });
  it('GIVEN 悄悄告诉你 about a weekend plan THEN secrecy does not fire', () => {
    expect(flags('悄悄告诉你，周末我们去露营。')).toEqual([]);
  });
});

describe('round 6 context: moderator headers, staff disavowals, wider beyond-flag forms', () => {
  it('GIVEN a moderator header with a warning word THEN the notice blocks; without one (a promo) THEN the pitch fires', () => {
    expect(flags('群主提醒：私聊推荐原始股、带单老师的都是骗子，别理。')).toEqual([]);
    expect(flags('群主提醒：新一期月息2分，今晚截止。')).toContain('high_yield');
  });
  it("GIVEN a bank's notice that its staff never ask for money sent to a private card THEN nothing fires", () => {
    expect(flags('本行员工从不以任何理由索要客户资金或让客户转账到个人卡。')).toEqual([]);
  });
  it('GIVEN funds held until a payment in English THEN withdrawal_blocked fires', () => {
    expect(flags('They told me the earnings stay on hold till I send 500 USDT for clearance.')).toContain('withdrawal_blocked');
  });
  it('GIVEN "keep it off the family chat" about a quota THEN secrecy fires, and a work report kept off a chat does not', () => {
    expect(flags('这个额度是朋友让给我的，别往家族群发。')).toContain('secrecy');
    expect(flags('会议纪要别发到部门群里。')).toEqual([]);
  });
  it('GIVEN payouts funded by the next tranche in English THEN rollover fires', () => {
    expect(flags('Each dividend is covered from fresh subscriptions by the following tranche.')).toContain('rollover');
  });
});

describe('round 6 context: rivals named as a phrase', () => {
  it('GIVEN a rival phrase after a determiner (比你那个限时抢购) THEN the rival does not fire', () => {
    expect(flags('我们这款比你那个限时秒杀靠谱。')).not.toContain('pressure_tactics');
  });
  it('GIVEN a comparative adverb before the trigger (比那些银行还保本) THEN the trigger is the claim', () => {
    expect(flags('比那些银行还保本，年化9%。')).toContain('guaranteed_return');
  });
});

describe("round 6 context: a victim's question keeps the facts of their own case", () => {
  it('GIVEN a why-question about a fee and the money already paid in the next sentence THEN withdrawal_blocked fires', () => {
    expect(flags('凭什么提现前要交认证金？我都转了八千了。')).toContain('withdrawal_blocked');
    expect(flags("Why must I pay a release fee first? I've already sent them 2,000.")).toContain('withdrawal_blocked');
  });
  it('GIVEN money already in but a definition or legality asked THEN the term stays a question', () => {
    expect(flags('我已经投了三年定期，什么叫刚兑？')).toEqual([]);
    expect(flags('我刚买了国债，网贷合法吗？')).toEqual([]);
  });
  it('GIVEN an indirect question (我想知道什么是…, "I wonder what … is") THEN nothing fires', () => {
    expect(flags('我想知道什么是差额补足。')).toEqual([]);
    expect(flags('I wonder what a cash pool actually is.')).toEqual([]);
  });
});

describe('round 6 context: regulators ending a practice, interventions, elders warned', () => {
  it("GIVEN 打破/杜绝 a guarantee (the regulators' words for ending it) THEN guaranteed_return does not fire", () => {
    expect(flags('新规出台后，银行理财全面打破刚兑。')).toEqual([]);
  });
  it('GIVEN police stopping a transfer and the pitch retold THEN nothing fires', () => {
    expect(flags('社区民警成功拦截一笔转账，骗子此前许诺老人年化二十个点。')).toEqual([]);
  });
  it('GIVEN a warning forwarded to elders THEN nothing fires; a "too good to be true" pitch that vouches for itself still fires', () => {
    expect(flags('发给家里长辈看看：说保本还月月返息的，都是骗局。')).toEqual([]);
    expect(flags('Too good to be true? Not here: our plan pays 4% a week, guaranteed.')).toContain('guaranteed_return');
  });
});
