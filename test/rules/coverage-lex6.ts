/**
 * Round-6 lexicon slots for the contract flags, written from domain knowledge before looking at any
 * miss: each flag's concept is cut into slots (who/what … predicate … object) and every slot is filled
 * with synonyms across registers — formal notice (本产品/本计划), sales script (您放心/咱们), WeChat
 * slang (亲/姐/哈), a victim's retelling (他说/经理讲), English and English-Chinese mix — after the
 * regulators' published typical 非法集资 / 电信诈骗 话术 (保本保息、高额回报、政府背景、拉人头、限时
 * 抢购、私人账户收款、虚拟币、P2P 出借 …). A claim is one filler from each slot, rotated so every filler
 * of every slot is used at least once. The claims go through the generator's frames
 * (./coverage-cases.ts): plain, reported speech, warned about.
 */
import type { Lang } from './coverage-cases.js';

type Slots = string[][];

export const LEX6_SLOTS: Record<string, Partial<Record<Lang, Slots[]>>> = {
  guaranteed_return: {
    zh: [
      [
        ['本金', '您的本钱', '投进来的每一分钱', '你的钱', '本息', '投资款'],
        [
          '一分不会少',
          '不会少一分',
          '保得住',
          '全额返还',
          '由风险准备金先行垫付',
          '由资金池兜着',
          '公司兜底',
          '亏了我们赔',
          '稳稳的',
          '百分百安全',
          '包回本',
        ],
      ],
      [
        ['您放心，', '姐，', '经理说', '本计划'],
        ['稳赚不赔', '只赚不赔', '旱涝保收', '保本保收益', '本息全保', '零风险', '没有任何风险', '刚性兑付'],
      ],
    ],
    en: [
      [
        ['your principal', 'your capital', 'every cent you put in', 'your money'],
        ['is fully protected', "can't be lost", 'is covered by our reserve fund', 'can never be lost', 'is 100% safe', 'is guaranteed'],
      ],
      [
        ['this plan offers', 'we promise', 'you get'],
        ['guaranteed returns', 'risk-free income', 'zero risk to your capital', 'capital-protected returns'],
      ],
    ],
  },
  high_yield: {
    zh: [
      [
        ['这款产品', '咱们这期', '亲，这个'],
        ['年化 9.5', '月化1.8', '年化八个半', '年息一毛二', '一年一成五的收益', '月息2分', '日息千分之一', '年化12个点'],
      ],
      [
        ['投5万', '十万块放进来', '存两万', '拿二十万'],
        ['每月分红2500', '每个月返三千', '一个月给你一千二', '每天到手五十块', '一年分红两万'],
      ],
      [
        ['这期', '姐，这款', '本计划'],
        [
          '年化：8.8',
          '年化八点五',
          '月化一点五',
          '年回报 15',
          '月收益 2',
          '年化超10',
          '年化两位数',
          '年化能有个九点几',
          '一个月一分二的利息',
          '月利百分之二',
        ],
      ],
      [
        ['投三万进去，', '这个项目', '加盟我们，'],
        ['半年回本', '三个月就回本', '一年就回本'],
      ],
    ],
    en: [
      [
        ['this plan pays', 'members earn', 'you will receive'],
        ['3% a month', '1% daily', '2% every week', '18% a year', 'a 12% annual return', '15% p.a.'],
      ],
      [
        ['put in 10,000 yuan and', 'invest $5,000 and'],
        ['get 300 every month', 'receive 50 a day'],
      ],
      [
        ['invest 50k and', 'put in 20k and'],
        ['get 2.5k monthly', 'earn 600 weekly'],
      ],
      [
        ['this plan pays', 'the vault offers'],
        ['APY 12', 'annualized 9.5'],
      ],
    ],
  },
  exchange_channel: {
    zh: [
      [
        ['本产品', '这个项目', '他们说这款', '咱们这期'],
        ['在金交所挂牌', '通过金融资产交易中心发行', '在某某金融资产交易所备案', '于金交中心登记', '挂在金交所上'],
      ],
    ],
    en: [
      [
        ['the notes are', 'this product is', 'our plan is'],
        [
          'listed on a financial assets exchange',
          'issued through a financial asset exchange center',
          'filed with a provincial financial assets exchange',
        ],
      ],
    ],
  },
  pseudo_exchange: {
    zh: [
      [
        ['本产品', '这个债权', '产品'],
        ['在资产登记结算中心登记备案', '由某某产权交易中心挂牌发行', '在登记备案中心备案', '经产登信息公司挂牌备案'],
      ],
    ],
    en: [
      [
        ['the debt is', 'the plan was'],
        ['filed with an asset registration center', 'issued through a property rights exchange centre'],
      ],
    ],
  },
  government_backing: {
    zh: [
      [
        ['融资方是', '这个项目背后是', '他们说担保方是'],
        ['县城投公司', '区财政局', '市国资委下属国企', '开发区管委会的平台公司', '地方政府融资平台'],
        ['，政府兜底', '，财政出具了承诺函', '，国资托底', '，不会让它违约', '，有政府信用背书'],
      ],
    ],
    en: [
      [
        ['the county', 'a state-owned firm', "the city's finance office", 'a municipal SOE'],
        ['stands behind the repayment', 'guarantees the notes', 'backs this plan', 'underwrites every payout'],
      ],
    ],
  },
  nonstandard_debt: {
    zh: [
      [
        ['这期', '我们主推的', '本次发行的是'],
        ['定融计划', '定向融资计划', '政信定融', '债权收益权转让产品', '应收账款收益权产品', '定向债务融资工具', '非标债权项目'],
        ['，一年期', '，按季付息', '，募集三千万'],
      ],
    ],
    en: [
      [
        ['we offer a', 'this is a', 'buy into our'],
        ['directional financing plan', 'targeted financing program', 'receivables income-right transfer', 'non-standard debt note'],
      ],
    ],
  },
  self_financing: {
    zh: [
      [
        ['募集的资金', '大家投的钱', '这笔款'],
        ['用于集团自己的楼盘', '全部给母公司周转', '流向实控人名下的企业', '拿去给老板另一家厂还贷', '投向公司自有项目'],
      ],
    ],
    en: [
      [
        ['the money raised', 'your funds'],
        ["goes to the chairman's other company", 'funds our parent group', "finances the owner's own projects"],
      ],
    ],
  },
  public_solicitation: {
    zh: [
      [
        ['我们', '公司', '亲，'],
        [
          '在朋友圈天天发',
          '群发短信推广',
          '客户经理电话来电推荐',
          '在评论区扣1就能上车',
          '拉了个致富群',
          '在公园搞免费讲座',
          '抖音直播间带大家投',
          '地推发传单',
        ],
        ['，年化12%', '，名额不多', '，理财项目'],
      ],
    ],
    en: [
      [
        ['we promote it', 'the fund is pitched'],
        [
          'through cold calls',
          'at free seminars',
          'in a livestream every night',
          'by mass text messages',
          'in a Telegram investment group',
        ],
        [' to anyone who will listen', ', returns 12%'],
      ],
    ],
  },
  split_or_pooled: {
    zh: [
      [
        ['这个私募', '信托计划', '本定融产品'],
        ['一万起投', '五千块就能上车', '门槛只要三千', '拆成小份额卖', '化整为零卖给散户'],
      ],
      [
        ['所有投资人的钱', '各期募集资金'],
        ['进资金池统一调配', '归集到一个账户滚动使用', '放进大池子统一打理'],
      ],
    ],
    en: [
      [
        ['the private fund', 'this private placement'],
        [
          'has a minimum ticket of 10,000 RMB',
          'offers entry from 5,000',
          'can be bought from just 2,000 yuan',
          'is split into small units',
        ],
      ],
      [
        ['all deposits', "every investor's money"],
        ['go into one pool', 'are pooled and reallocated'],
      ],
    ],
  },
  no_custody: {
    zh: [
      [
        ['钱', '款', '投资款'],
        ['直接打到我卡上', '转到财务的个人卡', '转进公司大账户', '打到合伙人账户', '转给业务员微信', '汇到老板私人账户'],
      ],
      [
        ['这个平台', '资金'],
        ['没有银行存管', '不走第三方存管', '不经过银行托管'],
      ],
    ],
    en: [
      [
        ['please send the money', 'wire your deposit'],
        ['to my personal account', "to the boss's own card", 'to the manager personally', 'into our master account'],
      ],
      [
        ['the platform', 'the scheme'],
        ['has no bank custody', 'uses no custodian'],
      ],
    ],
  },
  referral_scheme: {
    zh: [
      [
        ['每拉一个人进来', '推荐好友投资', '发展下线', '介绍亲戚朋友来投'],
        ['奖励2%', '返现五百', '按他投的钱给你提成', '拿团队奖', '享受层级奖励'],
      ],
    ],
    en: [
      [
        ['refer a friend', 'bring in new members', 'recruit two people'],
        ['and earn 10%', 'for a cash bonus', 'and get a cut of what they invest'],
      ],
    ],
  },
  pressure_tactics: {
    zh: [
      [
        ['额度', '名额', '这期份额'],
        ['只剩最后几个', '下午就抢光了', '今晚十二点截止', '先到先得，手慢无', '错过就再也没有了'],
      ],
      [
        ['赶紧', '尽快', '今天之内'],
        ['打款锁定额度', '转账，过时不候', '下单，明天涨价'],
      ],
    ],
    en: [
      [
        ['only three spots left', 'the window closes tonight', 'last chance'],
        [', pay now', '— act before midnight', ", don't miss it"],
      ],
    ],
  },
  unlicensed: {
    zh: [
      [
        ['我们公司', '这个平台', '本项目'],
        ['不需要金融牌照', '没有任何批文', '在开曼注册，国内不用审批', '持有全能牌照', '牌照还在办理中'],
      ],
    ],
    en: [
      [
        ['the platform', 'our firm'],
        [
          'needs no licence',
          'is registered offshore, so no local approval is required',
          'is not regulated by anyone',
          'holds an all-in-one licence',
        ],
      ],
    ],
  },
  p2p_lending: {
    zh: [
      [
        ['在我们的某某贷上', '在app上', '平台'],
        ['出借给小微企业主', '把钱借给借款人', '撮合借款，收本收息', '债权匹配给个人借款人', '投散标'],
        ['，年化10%', '，随时提现'],
      ],
    ],
    en: [
      [
        ['our app', 'the platform'],
        ['matches lenders with borrowers', 'lets you lend to small shopkeepers', 'is a peer-to-peer lending marketplace'],
      ],
    ],
  },
  crypto: {
    zh: [
      [
        ['这个币', '这个新代币', '姐，这个'],
        ['下个月上所', '现在买U进场', '挖矿日产币', '空投送币', '链上质押年化30%'],
      ],
    ],
    en: [
      [
        ['this coin', 'the new token'],
        ['lists on a big exchange next month', 'pays staking rewards daily', 'is sold in a presale now'],
      ],
    ],
  },
};

/** One claim per rotation step: step i takes filler i mod n of every slot, so every filler is used. */
export function rotateClaims(slots: Slots, sep: string): string[] {
  const steps = Math.max(...slots.map((s) => s.length));
  const out: string[] = [];
  for (let i = 0; i < steps; i += 1)
    out.push(
      slots
        .map((s) => (s[i % s.length] ?? '').trim())
        .join(sep)
        .replace(/ ([,—])/g, '$1'),
    );
  return out;
}

/** Every round-6 claim of a flag in a language: the rotated slots, then the wave-2 sentences. */
export function lex6Claims(flag: string, lang: Lang): string[] {
  return [
    ...(LEX6_SLOTS[flag]?.[lang] ?? []).flatMap((slots) => rotateClaims(slots, lang === 'en' ? ' ' : '')),
    ...(LEX6_SENTENCES[flag]?.[lang] ?? []),
    ...(LEX6_WAVE3[flag]?.[lang] ?? []),
  ];
}

/**
 * Legitimate texts that share the round-6 slot words (refunds, bank calls, borrowing, everyday groups
 * and events) and must raise no flag at all. Written with the slots, before they were measured.
 */
export const LEX6_LOOKALIKES: Record<string, Partial<Record<Lang, string[]>>> = {
  guaranteed_return: {
    zh: [
      '网购退款：您的钱会在3个工作日内原路退回。',
      '押金退房时全额退还。',
      '存款保险条例规定，本金和利息50万以内全额赔付。',
      '收益不受市场影响的只有存款和国债。',
      '钱包丢不了，我放在抽屉里了。',
      '这件衣服包你不亏，质量很好。',
      '退休金不受市场影响，每月按时到账。',
    ],
    en: [
      'Your money comes back in full within 7 days if you return the item.',
      'At the bank, savings up to 500k are insured by the state scheme.',
    ],
  },
  public_solicitation: {
    zh: [
      '这家银行的客户经理来电，提醒我大额存单下周到期。',
      '这个视频号每天教做家常菜。',
      '公司年底开客户答谢会，发了纪念品。',
      '小区茶话会上大家聊了垃圾分类。',
    ],
    en: [
      'I watched a livestream of the football match last night.',
      'Our webinar on healthy cooking starts at 8pm.',
      'A stranger messaged me about my parcel.',
    ],
  },
  p2p_lending: {
    zh: ['房贷利率下调了，月供少了两百。', '我在微粒贷上借了两万，利息怎么算？', '银行贷款的借款人要按月还息。'],
    en: ['Banks lend to small businesses at around 4% these days.', 'The library lends books to students for free.'],
  },
  pressure_tactics: {
    zh: [
      '演唱会门票下午就抢光了。',
      '双十一的优惠券名额抢光了。',
      '今天截单，明天统一发货。',
      '银行下周降息，存款利率下调。',
      '错过这班车要等一小时。',
    ],
    en: [
      'Tickets are almost sold out for the concert.',
      'This coupon offer expires tonight at the supermarket.',
      'Mortgage rates drop next week, economists say.',
    ],
  },
  no_custody: {
    zh: ['老板把工资转到我个人微信上了。', '朋友借我的钱他用微信转回来了。', '店里扫老板的个人二维码付款就行。'],
    en: ['His account under his name at the bank is frozen.'],
  },
  unlicensed: {
    zh: [
      '这个网站没有备案，打不开。',
      '路边摊无证经营被城管罚款。',
      '他没有导游从业资格证，不能带团。',
      '这家诊所没有医疗机构执业许可证。',
      '这家餐馆没有食品经营许可证，被查了。',
    ],
    en: [],
  },
  referral_scheme: { zh: ['招聘：每招一个新员工，内推人有奖励。'], en: ['The store loyalty program has a matching bonus for members.'] },
  government_backing: {
    zh: ['这只地方债是省政府发行的，在银行柜台就能买。', '国家把养老金补助列入财政预算。', '这笔修路的钱已经纳入县里预算了。'],
    en: ['Will the government bail it out if a big developer defaults?'],
  },
  crypto: { zh: ['币安创始人被判刑的新闻你看了吗？', '这个月的节点收益计划是公司年会主题。'], en: [] },
  high_yield: {
    zh: [
      '年收益12万元算高收入吗？',
      '大额存单年息 2.6，三年期。',
      '去年收益率两位数的基金有不少，今年还能买吗？',
      '我跑滴滴，这台车三个月就回本了。',
      '三分之一的利息被扣了。',
      '年化十二月份的数据出来了吗？',
    ],
    en: ['My savings account APY 4.5 is the best I found.', 'The loan is annualized 12 months.'],
  },
  split_or_pooled: { zh: ['我妈的退休金每月打到社保卡上，稳稳的。'], en: [] },
};

/**
 * Wave 2: whole sentences in the registers the slots above lack — victims' and relatives' words, chat
 * shorthand, sales-floor English — written after wave 1 and measured once before the lexicon grew for them.
 */
export const LEX6_SENTENCES: Record<string, Partial<Record<Lang, string[]>>> = {
  guaranteed_return: {
    zh: [
      '亏了算公司的，你只管拿收益',
      '有什么损失公司全担',
      '不会让你亏一分钱',
      '赔了我自己掏钱补给你',
      '出了问题我个人负责到底',
      '包你不亏',
      '这钱丢不了',
      '钱绝不会打水漂',
      '到期本息一分不差全部兑付',
      '我们会签保本协议',
      '合同里写了保本条款',
      '固定收益，不受市场影响',
    ],
    en: [
      'no matter what the market does you still get your 8%',
      'I personally guarantee you will not lose a cent',
      'it is as safe as putting money in a bank, zero loss',
    ],
  },
  exchange_channel: {
    zh: ['产品在地方金交中心备案挂牌', '这是金交所备案的正规产品'],
    en: ['FAE-listed notes with a fixed coupon', 'the plan is registered on a financial asset exchange'],
  },
  pseudo_exchange: {
    zh: ['产品在某某资产交易中心发行，年化9%', '在某某股权交易中心挂牌发行私募债，卖给个人'],
    en: ['issued via an equity exchange centre to retail buyers'],
  },
  government_backing: {
    zh: ['项目列入了县财政预算，每年拨款还本付息', '有政府会议纪要和人大决议，稳', '国资控股的平台公司发行的', '当地国资委是大股东'],
    en: ['the government has put the repayment in its budget', 'SASAC is the controlling shareholder, so it is safe'],
  },
  nonstandard_debt: {
    zh: ['这款是地方政信项目，一年期', '私募可转债，个人也能认购', '信托收益权拆分后转让给个人', '小贷资产打包成理财卖'],
    en: ['a local government financing note sold to individuals', 'we sell a government-credit product with 9% coupon'],
  },
  self_financing: {
    zh: ['钱是给我们集团地产项目周转的', '募来的钱用于老板名下另一家公司'],
    en: ['the funds are lent on to our sister company'],
  },
  public_solicitation: {
    zh: [
      '我妈在菜市场被拉去听了一堂课',
      '广场舞的时候有人来推销这个理财',
      '免费体检完就开始推荐产品',
      '一个陌生人加我微信推荐了这个项目',
      '短信发来一个链接，说注册就送体验金',
    ],
    en: [
      'a stranger added me on WeChat and pitched the fund',
      'I got a text message with a link to invest',
      'saw the ad on Facebook promising 15% a year',
    ],
  },
  split_or_pooled: {
    zh: ['人人都能参与的私募，几千块就能投', '投资人已经有好几百个', '上千个投资人一起投这个项目', '把一笔大额私募拆成一份一份卖'],
    en: ['hundreds of investors are already in this private deal', 'thousands of members pooled their savings into it'],
  },
  no_custody: {
    zh: ['转到他指定的一个个人名字的账户', '扫他的个人二维码付款', '直接给业务员现金，收据后补', '财务让我把钱转到她自己的卡里'],
    en: ['I paid into an account under a private person’s name', 'they asked me to hand the cash to their agent'],
  },
  referral_scheme: {
    zh: ['直推奖、见点奖、对碰奖都有', '团队业绩达标就拿管理奖', '招募合伙人，每招一个给提成', '发展会员越多拿得越多'],
    en: ['binary bonus and matching bonus on your downline', 'earn overrides on your team volume'],
  },
  pressure_tactics: {
    zh: ['这是最后一批额度，收官了', '今天截单，明天就调低利率', '错过这期要等一年', '就剩几个名额了，要的赶紧'],
    en: ['rates drop next week, lock it in now', 'this is the final round, after today it is closed'],
  },
  unlicensed: {
    zh: ['他们没有私募基金管理人资格', '没在基金业协会登记过', '公司没有基金销售资格', '拿的是一张美国的牌照'],
    en: ['never filed with AMAC', 'their licence was issued in Vanuatu'],
  },
  p2p_lending: {
    zh: ['在平台上投标，借款人按月还息', '这个车贷标年化10%', '把钱出借给平台上的个人借款者', '平台做个人借款的信息撮合'],
    en: ['buy loan notes funding car buyers on the platform', 'peer lending app where you fund personal loans'],
  },
  crypto: {
    zh: ['矿机托管，每天产出分给你', '节点收益每天结算', '量化搬砖，U本位稳赚', '把钱充进钱包，换成币存进去吃利息'],
    en: ['join the liquidity pool and earn daily', 'a DeFi vault that pays in USDT', 'buy a mining machine slot and get daily BTC'],
  },
};

/** Wave 3: mixed Chinese-English chat, formal offering documents and sales-floor English, measured once first. */
export const LEX6_WAVE3: Record<string, Partial<Record<Lang, string[]>>> = {
  guaranteed_return: {
    zh: ['这个plan是capital protected的，本金零损失', '本计划承诺到期还本，收益不低于约定水平'],
    en: ['bro这个稳的，principal包回来', 'Principal and interest are fully assured at maturity.', 'we underwrite your principal ourselves'],
  },
  high_yield: {
    zh: ['这个product年化有12个点', '一个月return 3个点左右', '本期产品预期年化收益区间为9.2-11.0'],
    en: ['yield大约15 pa', '2.5 percent monthly, credited on day 10'],
  },
  exchange_channel: {
    zh: ['这是在金交中心挂的定融，very safe', '产品经某地金融资产交易中心备案发行'],
    en: ['it sits on a local FAE, fully legit'],
  },
  pseudo_exchange: {
    zh: ['产品于某某登记结算有限公司完成登记备案', '这个note在asset registration center备案了'],
    en: ['filed at a property rights exchange and sold as notes'],
  },
  government_backing: {
    zh: ['融资方为区属国有平台，区财政提供担保', '城投背景，local gov兜底', '发行人系市属国企，实际控制人为市国资委'],
    en: ['issuer: a county LGFV; the county stands behind it'],
  },
  nonstandard_debt: {
    zh: ['本期定向融资计划募集规模5000万元', '这个是政信定融，比理财高', '产品类型：非标准化债权'],
    en: ['it is a 定融 product, directed financing, 2-year term'],
  },
  self_financing: {
    zh: ['所募资金用于发行人关联方的项目建设', '钱主要给集团内部公司补充流动资金'],
    en: ['proceeds go to projects of the chairman’s family companies'],
  },
  public_solicitation: {
    zh: ['群里每天都有老师讲课推这个产品', '朋友圈广告看到的，说扫码领体验金', '我们在小区门口摆了摊宣传这款理财'],
    en: ['they run ads on Douyin for this plan every day', 'a telemarketer kept calling about the fund'],
  },
  split_or_pooled: {
    zh: ['这个私募1w起，人人可投', '本产品单笔认购金额不低于1万元，投资人数不设上限'],
    en: ['pooled money from all clients goes into one account', 'minimum 5k for this private fund, open to all'],
  },
  no_custody: {
    zh: ['转我个人支付宝就行，方便', '款项请汇入公司法人个人账户'],
    en: ['just PayPal it to my personal email', 'please wire to the account of our director'],
  },
  referral_scheme: {
    zh: ['拉新一人奖励100元，上不封顶', '邀请好友注册并投资，双方各得50'],
    en: ['invite 3 friends and unlock VIP returns', 'every referral earns you 5% of their deposit'],
  },
  pressure_tactics: {
    zh: ['今天是认购截止日，过了就没了', '名额仅剩3个，先到先得'],
    en: ['last 2 spots, first come first served', 'hurry, the offer ends at midnight'],
  },
  unlicensed: {
    zh: ['我们是科技公司，不需要金融牌照也能做', '平台目前还在申请牌照中'],
    en: ['we operate without a licence but it is fine', 'our exchange is licensed in Seychelles only'],
  },
  p2p_lending: {
    zh: ['这个app就是P2P模式，出借给个人', '平台为出借人和借款人提供撮合服务'],
    en: ['earn 12% by lending to borrowers on our platform', 'it is basically peer to peer, you are the lender'],
  },
  crypto: {
    zh: ['买币挖矿，每天出币'],
    en: ['USDT理财，日化1%', 'this token will 10x after listing', 'stake your ETH with us for 20% APY'],
  },
};

/** Look-alikes of waves 2–3 (cost batches), written with the waves and measured before narrowing them. */
export const LEX6_LOOKALIKES_B: Record<string, Partial<Record<Lang, string[]>>> = {
  guaranteed_return: {
    zh: ['银行承诺到期还本的只有存款。', '保险合同里写明保证利率不低于1.75%。', '我的工资收益不低于去年。'],
    en: ['We cover your car if it is stolen.', 'Savings at the bank are protected by the insurance fund.'],
  },
  split_or_pooled: { zh: ['公募基金投资人数不设上限。', '报名人数不限，欢迎参加。', '这件1w起的包包太贵了。'], en: [] },
  no_custody: { zh: [], en: ['Send it via PayPal to my personal email, thanks for the concert ticket money.'] },
  referral_scheme: { zh: ['邀请好友注册，双方各得一张电影票。'], en: ['Invite 3 friends and unlock a free month of music.'] },
  unlicensed: { zh: ['他正在申请驾照。', '我们在申请营业执照。'], en: ['The company is applying for a licence to open a restaurant.'] },
  public_solicitation: { zh: ['他们在抖音上给这家火锅店做广告。'], en: [] },
  self_financing: { zh: [], en: ['The money raised goes to the chairman’s charity for flood victims.'] },
  high_yield: { zh: ['年化3-4的理财算稳健吗？'], en: [] },
};
