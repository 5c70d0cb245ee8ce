import { describe, expect, it } from 'vitest';
import { findVenueNames } from '../../rules/names.js';

const names = (text: string): Array<[string, string]> => findVenueNames(text).map((v) => [v.kind, v.text]);

describe('venue names', () => {
  it.each([
    ['产品在滨海资产登记备案中心备案', [['pseudo', '滨海资产登记备案中心']]],
    ['由华信产登信息服务有限公司登记', [['pseudo', '华信产登信息服务有限公司']]],
    ['经某某产权交易中心挂牌', [['property', '某某产权交易中心']]],
    ['在西部金融资产交易中心发行', [['exchange', '西部金融资产交易中心']]],
    ['天津某金交所的产品', [['exchange', '天津某金交所']]],
    ['本产品并非金交所产品', [['exchange', '金交所']]],
    ['我想问问西安百金金融资产交易中心的产品', [['exchange', '西安百金金融资产交易中心']]],
    ['在上交所上市的公司债', []],
  ])('GIVEN %j THEN %j', (text, expected) => {
    expect(names(text)).toEqual(expected);
  });

  it('GIVEN a name THEN its offsets point at the original words', () => {
    const text = '由華信產登信息服務有限公司登記';
    const [venue] = findVenueNames(text);
    expect(venue && text.slice(venue.start, venue.end)).toBe(venue?.text);
  });
});
