/**
 * The words that bound a name in news text: the endings that close an organisation's name (company
 * suffixes, institution heads) and the stop words that open it (verbs, courts, roles, scope and
 * function words). Word lists are whitespace-separated and compiled in the order written, because at
 * one place a regex takes the first alternative that matches: the longer word comes first.
 */

export type Role = 'plain' | 'agent' | 'new-name' | 'old-name';

export interface Candidate {
  /** The name to report: as written, or the registered name for a short form. */
  name: string;
  start: number;
  end: number;
  kind: 'org' | 'brand';
  /** agent: after 被/由 (the absorbing bank, the court); new-name: after 更名为; old-name: after 原名 (what a rename-out reports). */
  role: Role;
}

/** Compiles a whitespace-separated word list (entries may hold lookarounds) into one alternation. */
export function alternation(words: string, flags = 'g'): RegExp {
  return new RegExp(words.trim().split(/\s+/).join('|'), flags);
}

const CJK = '[\\u4e00-\\u9fff]';

export const COMPANY =
  /(?:股份有限公司|有限责任公司|有限公司)(?:(?![一二三四五六七八九十两0-9]+家)(?:(?![及和与其的下属旗])[\u4e00-\u9fff]){2,8}分公司)?|协会|(?:中心|企业|事务所)?[（(](?:有限合伙|特殊普通合伙|普通合伙)[）)]/g;
// Names registered in English: Star River Capital Limited, Zenith Pay Co., Ltd.
export const LATIN_ORG =
  /(?<![A-Za-z])[A-Z][A-Za-z0-9&-]*(?: (?:(?!(?:Limited|Ltd|Inc|LLC|LLP|Corporation|Corp|PLC)\b)[A-Z&][A-Za-z0-9&-]*|of|and))*(?: ?[(（][A-Z][A-Za-z]{1,11}[)）])? (?:Limited|Ltd\.?|Inc\.?|LLC|LLP|Co\., ?Ltd\.?|Co\.(?!,? ?Ltd)|Corporation|Corp\.?|PLC|Pte\. Ltd\.?)/g;
// A branch written after its company (…有限公司营业部) is not the institution; closing it is a partial closure.
export const BRANCH_AFTER = /^(?:[^\s，,。；、及和与其的]{0,8}?)(?:营业部|支行|分行|网点|门店|营业厅|分理处|营业网点)/;

/** Institution heads that end a name when no company suffix follows. */
export const HEAD = alternation(`
  (?:网络小额贷款|小额贷款|网络小贷|小贷|贷款|消费金融|汽车金融|融资担保|再担保|担保|典当|投资|投资管理|投资咨询|理财|资产管理|财富管理|信托|金融租赁|融资租赁|租赁|商业保理|保理|支付|财务|期货|证券|基金|基金管理|保险|保险代理|保险经纪|货币经纪|金融控股|网络科技|金融信息服务|科技)公司
  互联网金融资产交易中心 金融资产交易中心 金融资产交易所 资产登记备案中心 登记备案中心 资产登记中心 登记中心 备案中心
  商品交易市场 交易中心 交易所 交易市场 村镇银行 农村商业银行 农村合作银行 农商银行 农商行 农合行 农村信用合作联社 农信社 金交中心 金交所 消费金融 汽车金融 金融租赁
  信用合作社 资金互助社 互助社 信用联社 信用社 联社 事务所 合作社 工作室 会所 商行 俱乐部
  (?:财富管理|资产管理|投资管理|投资咨询|管理|服务|投资|理财|财富)中心
  (?:网络借贷信息中介|网络借贷|信息中介|金融信息|金融|借贷|投资|理财)服务平台
  P2P网贷平台 p2p网贷平台 P2P平台 p2p平台 网贷平台 理财平台 交易平台 借贷平台
  银行 信托 证券 期货 保险 金服 财富 基金 资本 小贷 典当行
`);

export const NAME_CHAR = /[\u4e00-\u9fffA-Za-z0-9·（）()]/;

/** Words that end whatever precedes a name. */
export const STOP = alternation(`
  现更名为 现名为 现名 原名为 原名 曾用名 前身为 从事 变更名称为 名称变更为 更名为 变更为 改名为
  主发起行 发起行 人民法院 法院 主体公司 母公司 所属公司 平台公司 实际控制公司 实际控制方 实控公司 实控方 背后公司 关联公司 运营企业 经营企业 主办方 主办单位 实际运营方 运营方 经营方 运营主体 运营公司 运营机构 经营主体 平台名称 破产管理人 管理人 被申请人 申请人 债务人 经营者 当事人 企业名称 机构名称 公司名称
  具备 具有 拥有 丧失 失去
  挪用 侵占 占用 设立 组建 新设 所持 持有 转让 受让
  裁定 宣告 判决 取消 注销 吊销 取缔 撤销 关停 关闭 解散 吸收合并 合并 并入 改建为 改制为 改设为 清退
  同意 批准 批复 核准 责令 勒令 下令 根据 按照 针对 认定 确认 涉事 涉案 所属 涉嫌 同时 此外 另外 以及 分别 先后 相继
  网传 传闻 季度 银行业
  持牌 知名 老牌 头部 获悉 据悉 经查 截至 随着 通知 明确 要求 属于 成为 作为 名单 列入 移出 纳入 剔除 首批 准予 予以 给予 决定 作出 对其 了
  公告 通报 宣布 表示 显示 发布 查询 证实 查处 作出 委托
  会同(?=${CJK}{0,12}(?:发布|印发|下发|开展|约谈|检查|执法|通报))
  联合(?=${CJK}{0,12}(?:发布|印发|下发|开展|约谈|检查|执法|通报|工作组))
  组织 受理 终结 终止 收购 续展 收回 缴回 交回 撤回 收缴 缴销 上述 以上 前述 上列 所列 经审查 拍卖 包括 其中 旗下 名下 依法 保留 停止 查封 清理 整顿 约谈 冻结
  辖内 区内 省内 市内 境内 当地 本地 一家 一批 首家 最后 机构 平台 品牌 近日 日前 今年 此前
  近期 近来 昨日 昨天 今日(?!头条) 今天 随后 最终 目前 当前 后经 又有 另有 另据 冒用 假冒 仿冒 冒充 假借 盗用 据报道 报道称 报道 因为 鉴于 由于
  监管局 管理局 办公室 处非办 关于 承接 买受人 名为 名叫 简称 系 即 今后 不再 再有 没有 称 其 均 曾
  对(?!冲|外) 向 由 被 将(?!军) 退出 的 及 与 或 等 为 是 在(?!线) 于 已 把 从 该 此 这
  经(?=国家|监管|地方|省|市|区|县|人民|法院|批准|核|查|调查|审|过)
  [0-9]+(?:年|月|日|号|家|个)
`);

export const ROLE_OF_STOP: Record<string, Role> = {
  被: 'agent',
  由: 'agent',
  主发起行: 'agent',
  发起行: 'agent',
  委托: 'agent',
  承接: 'agent',
  并入: 'agent',
  改建为: 'agent',
  改制为: 'agent',
  改设为: 'agent',
  买受人: 'agent',
  原名为: 'old-name',
  原名: 'old-name',
  曾用名: 'old-name',
  前身为: 'old-name',
};
export const NEW_NAME = /^(?:变更名称为|名称变更为|现更名为|现名为|现名|更名为|变更为|改名为)$/;

/** 三家网贷平台, 某交易所: a count or determiner, not a name. */
export const DETERMINED =
  /(?:[一二三四五六七八九十两某该这多几]|[0-9]+)家?$|^(?:非法|违规|境外|涉案|问题)|^(?:[一二三四五六七八九十两几数多]|[0-9]+)(?:只|款|支|个|家)/;
/** Words that only say what kind or scope of venue it is (辖内, 互联网, 农村 …). */
export const GENERIC = new RegExp(
  `^(?:[某一该此这各原伪]|${[
    '外汇 手机 网上 电子 辖内 区内 多家 其他 地方 境外 境内 非法 违规 问题 虚拟资产 虚拟货币 加密货币 数字资产 数字货币 金融资产 互联网 中小 商业',
    '农村 民营 城市 国有 股份制 外资 大型 这些 各类 部分 相关 存款 私募 公募 网络 财产 人身 商业 主发起 发起 承接',
    '经营 从事 开展 办理 业务 代理 经纪 销售 代销',
  ]
    .join(' ')
    .split(' ')
    .join('|')})+$`,
);

/** Kinds of venue a description names (一家江苏农村产权交易所, 一家浙江数字资产交易平台): never a name on their own. */
export const VENUE_KIND =
  '(?:数字资产|虚拟货币|虚拟资产|加密货币|加密资产|金融资产|互联网金融|网络借贷|网贷|P2P|p2p|农村产权|文化产权|文化艺术品|艺术品|技术产权|知识产权|产权|大宗商品|商品|现货|能源|碳排放权|排放权|排污权|林权|水权|矿业权|贵金属|股权|邮币卡|外汇|期货)';
