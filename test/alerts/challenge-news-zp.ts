/**
 * Challenge batches ZP1–ZP11 (round 6b): precision, one batch per class of non-closure that the eval
 * README names or that Chinese financial news carries, each with a few closures worded next to it so a
 * fix cannot buy precision with recall. Written before the changes they drove; first figures in the
 * issue-16 note. All names are invented.
 *
 * A bank's branch relocating (迁址) or its outlets being consolidated (网点撤并, 裁撤网点) is not a
 * closure: the README counts a venue, platform or institution closed, and a branch is part of an
 * institution that goes on. A 村镇银行 absorbed into another bank, whose outlets become that bank's
 * branches, is one: its legal person ends.
 */
import type { ChallengeItem } from './challenge-news.js';

const c = (title: string, summary: string, entities: string[]): ChallengeItem => ({ title, summary, closure: true, entities });
const d = (title: string, summary = ''): ChallengeItem => ({ title, summary, closure: false, entities: [] });

/** 停业整顿 / 暂停业务 / 责令改正: a sanction the firm survives. */
export const ZP1: ChallengeItem[] = [
  d('北辰小额贷款有限公司被责令停业整顿三个月'),
  d('监管局责令瑞祥典当有限责任公司限期改正', '该公司存在违规发放大额绝当贷款问题，须在30日内完成整改。'),
  d('“聚沙宝”平台暂停出借业务', '平台公告称，为配合监管检查，即日起暂停新增出借，存量业务正常还款。'),
  d('昌平融资担保有限公司暂停新增担保业务', '省地方金融管理局要求该公司整改资本金不足问题。'),
  d('荣华支付被暂停新增商户拓展业务六个月'),
  d('因违规展业，中泰保险代理有限公司被责令暂停业务半年'),
  d('东海期货一营业部被暂停营业整改'),
  d('天元小贷暂停放贷，配合专项检查'),
  d('监管要求汇丰源融资租赁有限公司停业整改', '整改期满验收合格后方可恢复业务。'),
  d('责令停止违规行为：青松商业保理有限公司收到监管函'),
  c('整改逾期未达标，北辰小额贷款有限公司被取消小额贷款经营资格', '', ['北辰小额贷款有限公司']),
  c('停业整顿期满仍不合格，省商务厅吊销瑞祥典当有限责任公司的经营许可证', '', ['瑞祥典当有限责任公司']),
  c('汇丰源融资租赁有限公司整改无果，被移出融资租赁公司监管名单', '', ['汇丰源融资租赁有限公司']),
];

/** 接管 / 托管: a rescue, not a closure. */
export const ZP2: ChallengeItem[] = [
  d('金融监管部门依法对恒远信托有限责任公司实施接管', '接管期限一年，接管期间该公司继续正常经营。'),
  d('华泰康人寿保险股份有限公司接管期限延长一年'),
  d('人民银行、金融监管总局联合接管通达银行', '接管组已进驻，储户存款本息全额保障。'),
  d('鸿运证券被托管，客户交易不受影响', '由东兴证券托管其经纪业务。'),
  d('永安财产保险股份有限公司接管组进驻'),
  d('接管期满，恒远信托恢复正常经营'),
  d('瑞安村镇银行被实施托管经营', '由本地农商银行托管，储户存款安全。'),
  d('监管部门结束对长城康健人寿的接管'),
  d('地方金融监管局委托国资公司托管天润金融资产交易中心', '托管期间暂停新增业务，存量产品继续兑付。'),
  c('接管期满，恒远信托有限责任公司被法院裁定宣告破产', '', ['恒远信托有限责任公司']),
  c('通达银行接管结束后进入破产清算程序', '', ['通达银行']),
];

/** 拟 / 将于 / 计划 / 启动清退 / 征求意见, and other words of intent. */
export const ZP3: ChallengeItem[] = [
  d('顺安小额贷款有限公司发布公告：公司计划于明年一季度解散'),
  d('“宝利来”平台启动清退程序', '平台表示将按比例分期兑付出借人本金。'),
  d('关于撤销富民村镇银行的意见征集'),
  d('嘉和典当行有意退出典当行业', '公司股东会已就退出事宜展开初步讨论。'),
  d('鼎盛商业保理预告：年底将停止全部保理业务'),
  d('省金融办就关闭区域性股权市场部分会员机构公开征询意见'),
  d('东方小贷董事会提请股东大会审议公司解散事项'),
  d('“钱途无忧”宣布进入清退阶段'),
  d('华鑫融资租赁有限公司拟于2025年6月30日前完成注销'),
  d('银丰村镇银行筹划由母行吸收合并'),
  d('《关于注销部分小额贷款公司经营许可的通知》（征求意见稿）发布'),
  d('金汇通宝打算明年退出网贷行业'),
  c('华鑫融资租赁有限公司已完成工商注销', '', ['华鑫融资租赁有限公司']),
  c('“钱途无忧”网贷平台清退工作全部结束', '', ['钱途无忧']),
  c('银丰村镇银行被母行吸收合并，法人资格终止', '', ['银丰村镇银行']),
];

/** 公示 / 听证告知 / 事先告知: a notice of an intended closure. */
export const ZP4: ChallengeItem[] = [
  d('行政处罚听证告知书（中诚小额贷款有限公司）', '我局拟对你公司作出吊销经营许可证的行政处罚，你公司有权要求听证。'),
  d('关于吊销锦程典当有限公司典当经营许可证的听证告知'),
  d('关于取消天福商业保理有限公司试点资格的事先告知书'),
  d('行政处罚事先告知书送达公告', '本局依法吊销华诚典当有限责任公司《典当经营许可证》前，请该公司于收到本公告之日起5日内提出陈述、申辩。'),
  d('金源融资担保有限公司注销申请受理公告'),
  d('关于撤销融通金融资产交易中心的社会公示'),
  d('简易注销公告：嘉利小额贷款有限公司', '全体投资人承诺，公告期45日内无异议的，将申请办理注销登记。'),
  d('融资担保公司退出名单公示（第二批）', '对名单有异议的，请于公示期内向我局反映。'),
  d('关于注销宏源小额贷款有限公司的陈述申辩告知'),
  c(
    '公示期满无异议，省地方金融管理局注销3家融资担保公司经营许可证',
    '分别为安平融资担保有限公司、瑞丰融资担保有限公司和长泰融资担保有限公司。',
    ['安平融资担保有限公司', '瑞丰融资担保有限公司', '长泰融资担保有限公司'],
  ),
  c('听证结束，华诚典当有限责任公司被吊销《典当经营许可证》', '', ['华诚典当有限责任公司']),
];

/** A licence renewed, approved, restored or kept. */
export const ZP5: ChallengeItem[] = [
  d('恒信小额贷款有限公司经营许可证获准延续'),
  d('嘉禾典当行典当经营许可证换发完成'),
  d('“诚信贷”恢复出借服务', '整改完成后平台重新上线。'),
  d('东海支付有限公司支付业务许可证续展获批'),
  d('金穗融资担保有限公司通过监管验收，保留经营资质'),
  d('星辰商业保理恢复正常经营', '此前该公司曾被暂停业务。'),
  d('华润典当行整改通过验收，恢复营业'),
  d('宝丰村镇银行开业申请获批'),
  d('吊销决定被撤销，天元小贷重获经营许可'),
  d('行政复议：撤销对瑞达典当有限公司的注销决定，恢复其经营资格'),
  d('金鼎期货有限公司获准新增资产管理业务资格'),
  d('泰和支付牌照续期成功，有效期至2030年'),
  c('星辰商业保理有限公司整改验收未通过，被取消商业保理试点资格', '', ['星辰商业保理有限公司']),
  c('东海支付有限公司支付业务许可证到期未获续展，已被注销', '', ['东海支付有限公司']),
];

/** Denials and rumours, and a closure after an earlier denial. */
export const ZP6: ChallengeItem[] = [
  d('“鑫隆贷”回应跑路传言：平台运营一切正常'),
  d('网传东方金融资产交易中心被关停？官方：系误读'),
  d('华夏小贷：关于公司被注销的消息纯属子虚乌有'),
  d('“稳赢宝”被查封系假消息', '当地警方表示从未对该平台采取任何措施。'),
  d('恒达典当：关停说法失实，公司经营正常'),
  d('泰和支付牌照被吊销？公司称牌照有效期至2027年'),
  d('盈丰保理驳斥“退出行业”说法'),
  d('网络流传的“金交所全部取缔”图片系伪造'),
  d('市金融办：从未下发关闭天成金融资产交易中心的文件'),
  d('嘉信小额贷款有限公司被吊销执照一事系谣传'),
  c('此前否认跑路的“鑫隆贷”已被依法取缔', '', ['鑫隆贷']),
  c('曾回应“运营正常”的“稳赢宝”网贷平台今日正式关闭', '', ['稳赢宝']),
];

/** Court cases, sentencing, 立案 and 通缉 alone. */
export const ZP7: ChallengeItem[] = [
  d('“融金所”实控人被公安机关网上通缉'),
  d('警方对天鸿金服涉嫌非法吸收公众存款案立案侦查'),
  d('法院对“钱多宝”原高管作出刑事判决'),
  d('星瑞小额贷款有限公司诉借款人合同纠纷案二审改判'),
  d('“中晋系”案件进入执行阶段', '法院已拍卖涉案资产。'),
  d('检察院对“团团贷”17名被告人提起诉讼'),
  d('“金服宝”实际控制人投案自首'),
  d('经侦部门冻结“润达理财”涉案账户'),
  d('涉嫌集资诈骗，“稳金所”创始人被批捕'),
  d('红岭小额贷款有限公司涉合同诈骗被提起诉讼'),
  d('“惠民贷”案主犯被判无期'),
  c('“金服宝”被取缔，实际控制人投案自首', '', ['金服宝']),
  c('“润达理财”平台已被警方查封，涉案账户全部冻结', '', ['润达理财']),
];

/** Payouts, 兑付进展 and 债权登记 of platforms closed earlier. */
export const ZP8: ChallengeItem[] = [
  d('已清退的“汇盈贷”启动第二轮本金返还'),
  d('“信和宝”债权登记通道开放', '该平台2019年已被立案，出借人可在线登记债权。'),
  d('“恒通金服”清退后续：第五次还款到账'),
  d('关于“融易投”出借人债权申报的通知'),
  d('“小鱼贷”兑付进度更新：累计兑付比例达23%'),
  d('已注销的宏图小额贷款有限公司剩余资产处置公告'),
  d('“富达理财”非吸案退赃资金分批发放'),
  d('“金诚宝”出借人信息核对工作开始'),
  d('破产管理人通报：“鑫融网”第二次债权人会议召开'),
  d('“e融通”良性退出后按月回款，本月回款率4%'),
  d('已关停的“聚财猫”向出借人返还剩余本金'),
  c('“融易投”完成清退，运营主体融易投资管理有限公司已注销', '', ['融易投', '融易投资管理有限公司']),
];

/** Closures of businesses that are not financial, and a bank's outlets moving or merging. */
export const ZP9: ChallengeItem[] = [
  d('工商银行城南支行迁址营业公告'),
  d('建设银行城西支行与城东支行网点撤并'),
  d('邮储银行裁撤12个乡镇网点'),
  d('华夏书店停业，连锁门店全部关闭'),
  d('光明小学撤并入中心小学'),
  d('奶茶品牌“茶小满”宣告破产'),
  d('宏发电子厂被吊销营业执照'),
  d('“趣玩”游戏APP停止运营'),
  d('大丰钢铁有限公司破产清算'),
  d('兴业证券西湖营业部撤销'),
  d('“车速达”共享汽车平台停止运营'),
  d('农商银行撤并3家分理处'),
  d('华联超市城北店今起关闭'),
  d('“阅读家”在线教育平台关停'),
  c('九江安泰村镇银行被吸收合并，原网点改设为农商银行支行', '该村镇银行法人资格依法注销。', ['九江安泰村镇银行']),
];

/** Statistics: counts over a period, not one venue closed in this item. */
export const ZP10: ChallengeItem[] = [
  d('2023年全省注销小额贷款公司27家'),
  d('数据：今年以来已有113家私募管理人被注销登记'),
  d('全国在营网贷机构从5000家降至零'),
  d('一季度银行业共有14家村镇银行被吸收合并'),
  d('上半年典当行退出数量同比增长三成'),
  d('截至6月末，本市融资担保公司减少至45家，较年初减少9家'),
  d('三年来取缔非法金融机构200余家'),
  d('报告：2024年支付牌照注销数量达历史新高'),
  d('近五年我国共撤销村镇银行超百家'),
  d('今年前三季度全省吊销典当经营许可证11张'),
  c('省地方金融管理局注销辖内5家小额贷款公司', '', []),
  c('市金融办今日取消2家典当行经营资格', '分别为宏丰典当有限公司和裕隆典当有限公司。', ['宏丰典当有限公司', '裕隆典当有限公司']),
];

/** English headlines: closures and distractors, as Chinese feeds carry some. */
export const ZP11: ChallengeItem[] = [
  c('Regulator revokes licence of Starlight Payment Co., Ltd.', '', ['Starlight Payment Co., Ltd.']),
  c('Hong Kong SFC revokes the licence of Golden Peak Securities Limited', '', ['Golden Peak Securities Limited']),
  c('Riverstone Trust Co., Ltd. declared bankrupt', 'A court declared the trust company bankrupt on Monday.', [
    'Riverstone Trust Co., Ltd.',
  ]),
  c('Crypto exchange BitHarbor shuts down after regulatory crackdown', '', ['BitHarbor']),
  c('PBOC cancels payment licence of Bluewave Pay Ltd.', '', ['Bluewave Pay Ltd.']),
  c('P2P lender Moneybox Online ceases operations', '', ['Moneybox Online']),
  c('Regulator deregisters Eastern Pawn Co., Ltd.', '', ['Eastern Pawn Co., Ltd.']),
  c('Jade River Rural Bank dissolved after merger approval', '', ['Jade River Rural Bank']),
  d('Regulator plans to revoke licence of Starlight Payment Co., Ltd.'),
  d('Silver Lake Trust denies bankruptcy rumours'),
  d('Court hears case against founders of collapsed P2P platform Moneybox'),
  d('Golden Peak Securities Limited licence renewed for three years'),
  d('Investors of defunct lender Qianbao receive second repayment'),
  d('Bank of Eastern China to close 20 branches'),
  d('Regulator seeks public comment on closing regional equity exchanges'),
  d('Starlight Payment fined 2 million yuan for AML breaches'),
  d('Riverstone Trust placed under regulatory takeover'),
  d('Number of P2P platforms fell to zero in 2020, data show'),
];

/** Fresh English items written after the ZP11 fix, to see how far it carries (first figure in the note). */
export const ZP12: ChallengeItem[] = [
  c('Monetary authority cancels the banking licence of Pearl Coast Bank Limited', '', ['Pearl Coast Bank Limited']),
  c('Online lender Quickcash Hub shut down by Shenzhen authorities', '', ['Quickcash Hub']),
  c('Silverline Futures Co., Ltd. licence revoked over capital shortfall', '', ['Silverline Futures Co., Ltd.']),
  c('Evergreen Wealth Management Limited ordered into liquidation', 'The High Court issued a winding-up order on Friday.', [
    'Evergreen Wealth Management Limited',
  ]),
  c('Token exchange CoinNest halts all operations', 'The exchange stopped withdrawals and trading after a regulatory order.', ['CoinNest']),
  c('Star Bridge Micro Loan Co., Ltd. deregistered', '', ['Star Bridge Micro Loan Co., Ltd.']),
  c('Harbour Gate Trust dissolved, assets transferred to state fund', '', ['Harbour Gate Trust']),
  c('Regulators strip Orion Pay of its payment licence', '', ['Orion Pay']),
  d('Pearl Coast Bank Limited may lose its licence, sources say'),
  d('Shenzhen to shut down unlicensed online lenders by year-end'),
  d('CoinNest says reports it has shut down are false'),
  d('Founder of defunct lender Quickcash Hub jailed for 8 years'),
  d('Orion Pay licence renewed until 2029'),
  d('Silverline Futures fined for client fund breaches'),
  d('Evergreen Wealth investors get second round of refunds'),
  d('Sunny Day Bakery shuts down after 30 years'),
  d('Harbour Gate Trust closes three branches in Guangdong'),
  d('China shut down more than 5,000 P2P lenders since 2016, data show'),
];

/** Fresh wording for every class of ZP1–ZP10, written after their fixes and measured once before more changes. */
export const ZP13: ChallengeItem[] = [
  d('宏利小额贷款有限公司被勒令停业整顿', '整顿期间不得新增贷款。'),
  d('金谷典当行收到整改通知书，暂停新增典当业务'),
  d('监管部门派驻工作组全面接管富源信托有限公司'),
  d('昌隆村镇银行由省联社托管，正常营业'),
  d('恒星融资租赁有限公司股东会决定启动公司解散程序'),
  d('“安居宝”发布清退方案，分36期兑付'),
  d('关于拟撤销融城金融资产交易中心的情况说明'),
  d('福达小额贷款有限公司注销登记前公告'),
  d('关于对长丰典当有限公司拟吊销许可证的告知'),
  d('远航支付有限公司支付业务许可证续展申请获批准'),
  d('整改到位后，中信融资担保有限公司恢复担保业务'),
  d('瑞丰商业保理有限公司保留试点资格'),
  d('鑫汇小贷回应“被注销”：公司证照齐全，正常经营'),
  d('“融通宝”关停系谣言，平台正常运营'),
  d('“金满仓”原法定代表人被列为网上逃犯'),
  d('涉嫌非法集资，“汇财通”运营方负责人被刑事拘留'),
  d('“点点金”出借人可登录系统查询兑付金额'),
  d('已被取缔的“惠融网”涉案资产公开拍卖'),
  d('华侨银行东城网点迁至新址营业'),
  d('农业银行撤并县域低效网点8个'),
  d('“快乐购”电商平台关闭'),
  d('前十个月全市关停P2P网贷机构32家'),
  d('全国小贷公司数量较峰值减少近三成'),
  c('停业整顿后仍违规，宏利小额贷款有限公司被吊销经营许可证', '', ['宏利小额贷款有限公司']),
  c('富源信托有限公司接管期满后被裁定破产清算', '', ['富源信托有限公司']),
  c('恒星融资租赁有限公司完成注销登记', '', ['恒星融资租赁有限公司']),
  c('省金融管理局决定注销长丰典当有限公司典当经营许可证', '', ['长丰典当有限公司']),
  c('远航支付有限公司未获续展，支付业务许可证被注销', '', ['远航支付有限公司']),
  c('此前辟谣的“融通宝”平台正式关停', '', ['融通宝']),
  c('“汇财通”网贷平台被依法取缔', '', ['汇财通']),
];

/** Aimed at the round-6b frames themselves: closures that carry a period, a count, 已…的, quotes or English words, and their distractors. */
export const ZP14: ChallengeItem[] = [
  c('今年以来第三家：宏兴小额贷款有限公司被取消经营资格', '', ['宏兴小额贷款有限公司']),
  c('2024年第二季度，锦华典当有限公司被注销典当经营许可证', '', ['锦华典当有限公司']),
  c('年内第5家，鼎新融资担保有限公司退出融资担保行业', '', ['鼎新融资担保有限公司']),
  c('省金融管理局注销2家典当行许可证，今年以来累计注销9家', '分别为瑞德典当有限公司和泰昌典当有限公司。', [
    '瑞德典当有限公司',
    '泰昌典当有限公司',
  ]),
  c('已停止运营的“金葫芦”平台被依法取缔', '', ['金葫芦']),
  c('“银杏贷”已于上月完成清退', '', ['银杏贷']),
  c('“Coinbit”交易所宣布关闭', '', ['Coinbit']),
  c('Harbor Light Pay Limited被吊销支付牌照', '', ['Harbor Light Pay Limited']),
  c('被称为“最后一家”的网贷平台“合力贷”宣布清退完毕', '', ['合力贷']),
  d('已注销的锦华典当有限公司原股东追偿纠纷二审开庭'),
  d('“被取缔”只是误会？“旺财猫”称正配合调查'),
  d('截至今年6月，全国持牌支付机构较高峰减少60家'),
  d('已关闭的“金葫芦”平台出借人维权进展'),
  d('Coinbit denies it will close its exchange'),
  d('Harbor Light Pay Limited to exit mainland market next year'),
  d('上半年累计吊销、注销支付牌照12张'),
];

/** Corporate actions and products, not the institution: shares bought back and cancelled, a fund or product wound up, a person's qualification, accounts. */
export const ZP15: ChallengeItem[] = [
  d('华信证券股份有限公司关于回购注销部分限制性股票的公告'),
  d('瑞丰银行股份有限公司注销已回购股份1200万股'),
  d('鹏泰稳健收益混合型证券投资基金清盘公告'),
  d('远景资产管理有限公司旗下两只私募产品提前终止'),
  d('金融监管局撤销张某某银行业高管任职资格'),
  d('基金业协会注销李某基金从业资格'),
  d('长江银行将于3月起批量注销长期不动户'),
  d('恒通银行信用卡中心停止发行联名卡'),
  d('东方证券暂停旗下一款资管计划申购'),
  d('宁泰信托有限公司一信托计划到期终止，已完成清算'),
  d('融泰基金管理有限公司注销全资子公司'),
  d('华安保险股份有限公司撤回一款产品备案'),
  d('安信期货有限公司取消一名独立董事任职'),
  d('鼎丰小额贷款有限公司完成股权转让，更名为鼎丰数字科技有限公司后继续经营小贷业务'),
  c('鹏泰基金管理有限公司公募基金管理资格被取消', '', ['鹏泰基金管理有限公司']),
  c('宁泰信托有限公司被裁定破产', '', ['宁泰信托有限公司']),
  c('融泰私募基金管理有限公司管理人登记被注销', '', ['融泰私募基金管理有限公司']),
  c('长江汇通支付有限公司支付业务许可证被注销', '', ['长江汇通支付有限公司']),
];

/** Headline shapes around a closure that report none: questions, anniversaries, impostors, suspended trading, listing as abnormal. */
export const ZP16: ChallengeItem[] = [
  d('“金橡树”平台被取缔了吗？投资者追问'),
  d('“安盈宝”关停一周年：出借人仍在等待'),
  d('三年前被取缔的“聚宝盆”，如今怎样了'),
  d('有人冒用已注销的华光小额贷款有限公司名义放贷'),
  d('仿冒“星河金融资产交易中心”的网站被关闭', '真正的星河金融资产交易中心有限公司提醒投资者认准官方网址。'),
  d('天府股权交易中心暂停交易一日'),
  d('福瑞典当有限公司被列入经营异常名录'),
  d('“聚财宝”运营方失联，投资者报案'),
  d('银行关闭部分长期未使用的个人账户'),
  d('“惠享贷”被曝将关闭？客服：消息不实'),
  d('美国一家加密货币交易所被曝即将关闭'),
  d('永盛金融资产交易中心关停谣言背后'),
  d('关于“融金宝”平台停止运营后投资者权益保护的问答'),
  d('金信村镇银行吸收合并进入倒计时'),
  c('美国硅谷星桥银行倒闭，监管机构接管存款', '', ['硅谷星桥银行']),
  c('“金橡树”平台被依法取缔，投资者可向公安机关报案', '', ['金橡树']),
  c('福瑞典当有限公司被注销典当经营许可证', '此前该公司已被列入经营异常名录。', ['福瑞典当有限公司']),
  c('天府鼎盛股权交易中心有限公司的交易场所资格被省政府取消', '', ['天府鼎盛股权交易中心有限公司']),
];

/** Written last, after every round-6b fix, across all the classes above; measured once, never fixed against. */
export const ZP17: ChallengeItem[] = [
  d('松源小额贷款有限公司暂停营业接受检查'),
  d('省联社派员托管柏庄农村信用合作联社'),
  d('“易信贷”拟于年内完成良性退出'),
  d('关于注销青禾融资担保有限公司经营许可证的公示（第3号）'),
  d('嘉宁典当有限公司典当经营许可证有效期延续至2029年'),
  d('网传“聚富通”已被查封，平台发声明称属恶意造谣'),
  d('“银码头”原总裁一审被判七年'),
  d('“钱满堂”出借人第七次分配款已到账'),
  d('华东某纺织厂停产关闭'),
  d('今年1至9月，全国共注销私募基金管理人1200余家'),
  d('Harbor Rock Securities denies licence revocation reports'),
  d('Investors of shuttered P2P lender Lucky Coin to get partial refund'),
  d('云泰银行东郊网点撤并至城东支行'),
  d('鼎利证券股份有限公司注销回购股份的公告'),
  d('明德基金管理有限公司旗下一只债券型证券投资基金清盘'),
  c('松源小额贷款有限公司被取消小额贷款业务试点资格', '', ['松源小额贷款有限公司']),
  c('柏庄村镇银行股份有限公司解散，由柏庄农商银行承接', '', ['柏庄村镇银行股份有限公司']),
  c('“易信贷”宣布完成良性退出，运营主体北京易信通科技有限公司已注销', '', ['易信贷', '北京易信通科技有限公司']),
  c('青禾融资担保有限公司、青松融资担保有限公司经营许可证被注销', '', ['青禾融资担保有限公司', '青松融资担保有限公司']),
  c('Regulator cancels the licence of Harbor Rock Securities Limited', '', ['Harbor Rock Securities Limited']),
  c('“聚富通”平台被警方依法查封', '', ['聚富通']),
  c('三亚海韵（国际）金融资产交易中心有限公司被撤销交易场所资格', '', ['三亚海韵（国际）金融资产交易中心有限公司']),
  c('吊销“K币”交易平台运营方卡币网络科技（广州）有限公司营业执照', '', ['K币', '卡币网络科技（广州）有限公司']),
  c('明德基金管理有限公司公募基金业务资格被依法取消', '', ['明德基金管理有限公司']),
];

export const ZP_BATCHES: ReadonlyArray<readonly [label: string, items: ChallengeItem[]]> = [
  ['ZP1', ZP1],
  ['ZP2', ZP2],
  ['ZP3', ZP3],
  ['ZP4', ZP4],
  ['ZP5', ZP5],
  ['ZP6', ZP6],
  ['ZP7', ZP7],
  ['ZP8', ZP8],
  ['ZP9', ZP9],
  ['ZP10', ZP10],
  ['ZP11', ZP11],
  ['ZP12', ZP12],
  ['ZP13', ZP13],
  ['ZP14', ZP14],
  ['ZP15', ZP15],
  ['ZP16', ZP16],
  ['ZP17', ZP17],
];
