/**
 * Name-like spans of venues in an offer (XX资产登记备案中心, XX产登信息服务有限公司, XX产权交易中心,
 * XX金融资产交易中心), so the venue flags fire even for a company the registry does not know.
 */
import { normalizeForMatch } from '../knowledge/text.js';

export type VenueKind = 'exchange' | 'pseudo' | 'property';

export interface VenueName {
  kind: VenueKind;
  text: string;
  start: number;
  end: number;
}

const VENUES: Array<[VenueKind, string]> = [
  [
    'pseudo',
    '资产登记备案中心|登记备案中心|资产登记中心|资产登记服务有限公司|登记备案服务|产登信息服务有限公司|产登信息|产登中心|备案中心|登记结算中心',
  ],
  ['exchange', '互联网金融资产交易中心|金融资产交易中心|金融资产交易所|金融资产交易场所|金交中心|金交所'],
  // 商品交易中心 issuing notes is a look-alike venue; the national futures exchanges (郑州/大连商品交易所) are not.
  [
    'property',
    '产权交易中心|产权交易所|产交所|股权交易中心|艺术品交易中心|艺术品交易所|数字资产交易中心|数字资产交易所|权益交易中心|(?<!郑州|大连)商品交易中心|(?<!郑州|大连)商品交易所',
  ],
];
const NAME = new RegExp(
  `([\\u4e00-\\u9fffa-z0-9]{0,10}?)(${VENUES.map(([, alt]) => alt).join('|')})(股份有限公司|有限责任公司|有限公司)?`,
  'g',
);
// A name starts after the last of these: verbs and particles that end the words before it.
// Verbs of asking and telling (问, 说, 听) never occur in a venue's name either.
const BEFORE_NAME = /.*[在于经由过的是和与及从向把被为找到买投了这个家非不无没问想说听看请知道吗呢吧啊都也还就要能会让叫]/;

export function findVenueNames(text: string): VenueName[] {
  const norm = normalizeForMatch(text);
  const out: VenueName[] = [];
  for (const m of norm.matchAll(NAME)) {
    const [whole, prefix = '', venue = ''] = m;
    const cut = BEFORE_NAME.exec(prefix);
    const skip = cut ? cut[0].length : 0;
    const start = (m.index ?? 0) + skip;
    const end = (m.index ?? 0) + whole.length;
    const kind = (VENUES.find(([, alt]) => new RegExp(`^(?:${alt})$`).test(venue))?.[0] ?? 'exchange') as VenueKind;
    out.push({ kind, text: text.slice(start, end), start, end });
  }
  return out;
}
