/**
 * Name-like spans of venues in an offer (XX资产登记备案中心, XX产登信息服务有限公司, XX产权交易中心,
 * XX金融资产交易中心), so the venue flags fire even for a company the registry does not know.
 */
import { lastReading, normalizeForMatch } from '../knowledge/text.js';
import { foldCantonese } from './cantonese.js';

export type VenueKind = 'exchange' | 'pseudo' | 'property';

export interface VenueName {
  kind: VenueKind;
  text: string;
  start: number;
  end: number;
}

// Sham registry names are built from parts, in any order the seller likes: what is registered
// (资产, 股权, 债权 …), one or more registration acts (登记, 备案, 托管, 确权, 结算, among 交易/挂牌/服务),
// and a head (中心, 平台, 服务公司 …): 资产备案登记中心, 债权登记托管平台, 产权登记交易服务公司, 资产管理登记服务中心.
// A registration act is required, so the provincial 产权交易所 (state assets) stays a property venue;
// 不动产登记中心, 知识产权登记 and the national 证券登记结算 carry no part of this list.
const PART = '(?:金融资产|资产权益|财产权益|资产|权益|(?<!知识)产权|股权|债权|收益权)';
const REGISTER = '(?:登记|备案|托管|确权|结算)';
const ACT = '(?:登记|备案|托管|确权|结算|交易|挂牌|服务|信息)';
const HEAD = '(?:中心|平台|服务有限公司|服务公司|有限公司|公司)';
// An asset-services company that registers and lists products (XX金融资产服务公司登记挂牌) is one too, and so is a
// debt-information service centre that holds old exchange products (渝信债权信息服务中心).
const COMPOSED = `${PART}(?:交易|服务|信息|挂牌|管理)?${REGISTER}${ACT}{0,3}${HEAD}|(?:债权|收益权|资产权益)信息服务(?:中心|平台|有限公司|公司)|${PART}服务(?:有限公司|公司|中心|平台)(?:登记|备案)(?:挂牌|发行|确权)?`;

// A trading venue composed the same way (资产交易服务平台, 债权流转中心, 收益权交易所): a property venue,
// which flags only when it issues debt (./detectors.ts), as a provincial 产权交易所 does.
const TRADED = `${PART}(?:交易|流转|转让)(?:服务)?(?:中心|平台|所)`;

const VENUES: Array<[VenueKind, string]> = [
  [
    'pseudo',
    `${COMPOSED}|资产登记备案中心|登记备案中心|资产登记中心|资产登记服务有限公司|登记备案服务|产登信息服务有限公司|产登信息|产登中心|备案中心|登记结算中心`,
  ],
  ['exchange', '互联网金融资产交易中心|金融资产交易中心|金融资产交易所|金融资产交易场所|金交中心|金交所'],
  // 商品交易中心 issuing notes is a look-alike venue; the national futures exchanges (郑州/大连商品交易所) are not.
  [
    'property',
    `${TRADED}|产权交易中心|产权交易所|产交所|股权交易中心|艺术品交易中心|艺术品交易所|数字资产交易中心|数字资产交易所|权益交易中心|(?<!郑州|大连)商品交易中心|(?<!郑州|大连)商品交易所`,
  ],
];
const NAME = new RegExp(
  `([\\u4e00-\\u9fffa-z0-9]{0,10}?)(${VENUES.map(([, alt]) => alt).join('|')})(股份有限公司|有限责任公司|有限公司)?`,
  'g',
);
// A name starts after the last of these: verbs and particles that end the words before it.
// Verbs of asking and telling (问, 说, 听) never occur in a venue's name either.
const BEFORE_NAME = /.*[在于经由过的是和与及从向把被为找到买投了这个家非不无没问想说听看请知道吗呢吧啊都也还就要能会让叫]/;

// Compiled once: building the kind's regex per name found was a tenth of a long paste's check.
const KINDS: Array<[VenueKind, RegExp]> = VENUES.map(([kind, alt]) => [kind, new RegExp(`^(?:${alt})$`)]);

// Several detectors and the intent read the same paste, each of its 5,000 characters again.
const lastVenueNames = lastReading(readVenueNames);

export function findVenueNames(text: string): VenueName[] {
  return lastVenueNames(text).slice();
}

function readVenueNames(text: string): VenueName[] {
  // Read as the check reads it: a Cantonese negator (唔系金交所) must end the words before a name, as 不是 does.
  const norm = foldCantonese(normalizeForMatch(text));
  const out: VenueName[] = [];
  for (const m of norm.matchAll(NAME)) {
    const [whole, prefix = '', venue = ''] = m;
    const cut = BEFORE_NAME.exec(prefix);
    const skip = cut ? cut[0].length : 0;
    const start = (m.index ?? 0) + skip;
    const end = (m.index ?? 0) + whole.length;
    const kind = KINDS.find(([, exact]) => exact.test(venue))?.[0] ?? 'exchange';
    out.push({ kind, text: text.slice(start, end), start, end });
  }
  return out;
}
