/**
 * Chinese provinces, autonomous regions, municipalities and major cities, with their province,
 * for recognising where a news item or an exchange is. Names are canonical short forms (湖南, 西安).
 */

// Province-level divisions: short name and the suffix of the full name.
const PROVINCES: Array<[string, string]> = [
  ['北京', '市'],
  ['天津', '市'],
  ['上海', '市'],
  ['重庆', '市'],
  ['河北', '省'],
  ['山西', '省'],
  ['辽宁', '省'],
  ['吉林', '省'],
  ['黑龙江', '省'],
  ['江苏', '省'],
  ['浙江', '省'],
  ['安徽', '省'],
  ['福建', '省'],
  ['江西', '省'],
  ['山东', '省'],
  ['河南', '省'],
  ['湖北', '省'],
  ['湖南', '省'],
  ['广东', '省'],
  ['海南', '省'],
  ['四川', '省'],
  ['贵州', '省'],
  ['云南', '省'],
  ['陕西', '省'],
  ['甘肃', '省'],
  ['青海', '省'],
  ['台湾', '省'],
  ['内蒙古', '自治区'],
  ['广西', '壮族自治区'],
  ['西藏', '自治区'],
  ['宁夏', '回族自治区'],
  ['新疆', '维吾尔自治区'],
  ['香港', '特别行政区'],
  ['澳门', '特别行政区'],
];

/** The province-level divisions' short names (湖南, 黑龙江, 内蒙古). */
export const PROVINCE_NAMES: readonly string[] = PROVINCES.map(([name]) => name);

// Provincial capitals, sub-provincial cities and other large cities, by province.
const CITIES: Record<string, string[]> = {
  河北: ['石家庄', '唐山', '保定', '邯郸', '廊坊', '承德', '张家口', '沧州', '衡水', '邢台', '秦皇岛'],
  山西: ['太原', '大同', '晋中', '运城', '长治', '临汾', '阳泉'],
  辽宁: ['沈阳', '大连', '鞍山', '抚顺', '锦州', '营口', '丹东', '盘锦'],
  吉林: ['长春', '四平', '延边'],
  黑龙江: ['哈尔滨', '大庆', '齐齐哈尔', '牡丹江', '佳木斯'],
  江苏: ['南京', '苏州', '无锡', '常州', '南通', '徐州', '扬州', '盐城', '淮安', '连云港', '泰州', '镇江', '宿迁'],
  浙江: ['杭州', '宁波', '温州', '绍兴', '嘉兴', '金华', '台州', '湖州', '衢州', '丽水', '舟山'],
  安徽: ['合肥', '芜湖', '蚌埠', '安庆', '阜阳', '马鞍山', '淮南', '黄山'],
  福建: ['福州', '厦门', '泉州', '漳州', '莆田', '三明', '龙岩', '宁德'],
  江西: ['南昌', '赣州', '九江', '宜春', '上饶', '吉安', '抚州', '萍乡', '景德镇'],
  山东: ['济南', '青岛', '烟台', '潍坊', '临沂', '淄博', '菏泽', '济宁', '泰安', '威海', '日照', '德州', '聊城', '滨州', '枣庄', '东营'],
  河南: ['郑州', '洛阳', '开封', '平顶山', '驻马店', '南阳', '新乡', '安阳', '许昌', '周口', '信阳', '商丘', '焦作'],
  湖北: ['武汉', '宜昌', '襄阳', '恩施', '荆州', '十堰', '黄冈', '孝感', '荆门', '黄石'],
  湖南: ['长沙', '株洲', '岳阳', '衡阳', '湘潭', '常德', '邵阳', '郴州', '益阳', '永州', '怀化', '娄底'],
  广东: ['广州', '深圳', '东莞', '佛山', '珠海', '汕头', '惠州', '中山', '江门', '湛江', '茂名', '肇庆', '梅州', '揭阳', '清远', '韶关'],
  海南: ['海口', '三亚', '儋州'],
  四川: ['成都', '绵阳', '巴中', '广元', '南充', '宜宾', '泸州', '德阳', '乐山', '达州', '遂宁', '雅安', '攀枝花'],
  贵州: ['贵阳', '遵义', '六盘水', '安顺', '毕节', '铜仁', '黔南', '黔东南'],
  云南: ['昆明', '曲靖', '文山', '大理', '红河', '玉溪', '昭通', '丽江', '西双版纳'],
  陕西: ['西安', '咸阳', '宝鸡', '渭南', '汉中', '榆林', '延安'],
  甘肃: ['兰州', '天水', '白银', '酒泉', '张掖'],
  青海: ['西宁'],
  内蒙古: ['呼和浩特', '包头', '鄂尔多斯', '赤峰', '通辽', '乌兰察布'],
  广西: ['南宁', '柳州', '桂林', '北海', '梧州', '玉林', '钦州', '百色'],
  西藏: ['拉萨'],
  宁夏: ['银川', '石嘴山'],
  新疆: ['乌鲁木齐', '克拉玛依', '喀什', '伊犁'],
};

export interface RegionMention {
  name: string;
  province: string;
  start: number;
  end: number;
}

interface Form {
  form: string;
  name: string;
  province: string;
}

const FORMS: Form[] = [
  ...PROVINCES.flatMap(([name, suffix]) => [
    { form: `${name}${suffix}`, name, province: name },
    ...(suffix.length > 1 && suffix !== '省' ? [{ form: `${name}自治区`, name, province: name }] : []),
    { form: name, name, province: name },
  ]),
  ...Object.entries(CITIES).flatMap(([province, cities]) =>
    cities.flatMap((city) => [
      { form: `${city}市`, name: city, province },
      { form: city, name: city, province },
    ]),
  ),
].sort((a, b) => b.form.length - a.form.length);

const BY_NAME = new Map(FORMS.map((f) => [f.name, f.province]));

/** Regions named in a text, longest form first, without overlaps, in text order. */
export function findRegions(text: string): RegionMention[] {
  const taken = new Array<boolean>(text.length).fill(false);
  const out: RegionMention[] = [];
  for (const f of FORMS) {
    for (let at = text.indexOf(f.form); at >= 0; at = text.indexOf(f.form, at + 1)) {
      const end = at + f.form.length;
      if (taken.slice(at, end).some(Boolean)) continue;
      taken.fill(true, at, end);
      out.push({ name: f.name, province: f.province, start: at, end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function provinceOf(name: string): string | undefined {
  return BY_NAME.get(name.replace(/(省|市|自治区|壮族自治区|回族自治区|维吾尔自治区|特别行政区)$/, ''));
}
