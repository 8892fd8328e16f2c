// Most seed records were copied from other provinces' portals (data/SOURCES.md: 四川 广安区, 成都, 济南, 中牟县
// 黄店镇 …), but the sandbox stands in for Henan's catalog, which names Henan and Anyang. These pure functions say
// a source text in Anyang's terms; the task keeps what the source said in `source_task_name`.

/** The 34 provincial-level divisions: full name and the short name used without the suffix. */
export const PROVINCES: readonly (readonly [full: string, short: string])[] = [
  ['北京市', '北京'],
  ['天津市', '天津'],
  ['河北省', '河北'],
  ['山西省', '山西'],
  ['内蒙古自治区', '内蒙古'],
  ['辽宁省', '辽宁'],
  ['吉林省', '吉林'],
  ['黑龙江省', '黑龙江'],
  ['上海市', '上海'],
  ['江苏省', '江苏'],
  ['浙江省', '浙江'],
  ['安徽省', '安徽'],
  ['福建省', '福建'],
  ['江西省', '江西'],
  ['山东省', '山东'],
  ['河南省', '河南'],
  ['湖北省', '湖北'],
  ['湖南省', '湖南'],
  ['广东省', '广东'],
  ['广西壮族自治区', '广西'],
  ['海南省', '海南'],
  ['重庆市', '重庆'],
  ['四川省', '四川'],
  ['贵州省', '贵州'],
  ['云南省', '云南'],
  ['西藏自治区', '西藏'],
  ['陕西省', '陕西'],
  ['甘肃省', '甘肃'],
  ['青海省', '青海'],
  ['宁夏回族自治区', '宁夏'],
  ['新疆维吾尔自治区', '新疆'],
  ['台湾省', '台湾'],
  ['香港特别行政区', '香港'],
  ['澳门特别行政区', '澳门'],
];

// Prefectures, counties and townships outside Anyang that the seed's records name (their `region`, departments
// and guide texts). localise.spec.ts checks the list against every region of data/matters.json.
const PREFECTURES = [
  '广安市',
  '成都市',
  '遂宁市',
  '石家庄市',
  '白山市',
  '池州市',
  '黔南州',
  '苏州市',
  '济南市',
  '湘西州',
  '湘潭市',
  '许昌市',
  '郑州市',
  '淄博市',
  '西宁市',
  '临沂市',
  '宿州市',
  '淮北市',
  '湛江市',
  '保山市',
  '伊春市',
  '潍坊市',
  '佛山市',
  '宣城市',
  '双鸭山市',
  '益阳市',
];
const COUNTIES = [
  '广安区',
  '鹿泉区',
  '抚松县',
  '青阳县',
  '贵定县',
  '昆山市',
  '大英县',
  '章丘区',
  '龙山县',
  '岳塘区',
  '鄢陵县',
  '禹州市',
  '中牟县',
  '张店区',
  '兰山区',
  '埇桥区',
  '杜集区',
  '昌宁县',
  '腾冲市',
  '伊春区',
  '昌邑市',
  '南海区',
  '槐荫区',
  '丰台区',
  '尖山区',
];
const TOWNSHIPS = [
  '酉华镇',
  '云雾镇',
  '回马镇',
  '安陵镇',
  '马尚街道',
  '鸿畅镇',
  '南川西路街道',
  '黄店镇',
  '半程镇',
  '朔里镇',
  '耈街乡',
  '界头镇',
  '王快镇',
  '张庄路街道',
  '花乡街道',
];

const HENAN = '河南省';
const CITY = '安阳市';
const OUR_COUNTY = '本县（市、区）';
const OUR_TOWNSHIP = '本乡镇（街道）';

// Cities the records name without their suffix: （成都）, （益阳规定）, （宣城）, 持有腾冲户口. Only these: a bare stem
// can be part of a word (推广安全 holds 广安).
const BARE_PREFECTURES = ['成都', '益阳', '宣城'];
const BARE_COUNTIES = ['腾冲'];

const REPLACEMENTS: ReadonlyMap<string, string> = new Map<string, string>([
  ...PROVINCES.filter(([full]) => full !== HENAN).flatMap(([full, short]): [string, string][] => [
    [full, HENAN],
    [short, '河南'],
  ]),
  ...PREFECTURES.map((p): [string, string] => [p, CITY]),
  ...BARE_PREFECTURES.map((p): [string, string] => [p, '安阳']),
  ...[...COUNTIES, ...BARE_COUNTIES].map((c): [string, string] => [c, OUR_COUNTY]),
  ...TOWNSHIPS.map((t): [string, string] => [t, OUR_TOWNSHIP]),
]);

// Longest first, so 伊春市伊春区 reads as 伊春市 + 伊春区 and 广安市 is never taken for 广安 + 市.
const ELSEWHERE = new RegExp(
  [...REPLACEMENTS.keys()].sort((a, b) => b.length - a.length || a.localeCompare(b)).join('|'),
  'g',
);

// Document numbers of another province's government: 鲁政发〔2015〕27号, 粤人社规〔2020〕21号. 豫 is Henan's own.
const FOREIGN_DOCUMENT =
  /(^|[、；;，,（(\s])[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁鄂湘粤桂琼渝川黔滇藏陕甘青宁新][^\s、；;，,〔]{0,5}〔\d{4}〕/;

/** Does the text name a province, prefecture, county or township outside Anyang (or cite another province's rule)? */
export function namesElsewhere(text: string): boolean {
  ELSEWHERE.lastIndex = 0;
  return ELSEWHERE.test(text) || FOREIGN_DOCUMENT.test(text);
}

/** The text with every place outside Anyang said as Anyang's: 四川省 → 河南省, 成都市 → 安阳市, 兰山区 → 本县（市、区）. */
export function localiseText(text: string): string {
  return text.replace(ELSEWHERE, (place) => REPLACEMENTS.get(place) ?? place);
}

const TRAILING_NOTE = /\s*[（(]([^（()）]+)[)）]$/;
const PLACE_SUFFIX = /(省|市|州|县|区|旗|镇|乡|街道|村|社区)$/;
const SOURCE_WORDS = /(规定|工作流程)$/;

// A region note names the place a guide was copied from: （中牟县黄店镇）, （成都）, （尖山区工作流程）, （益阳规定）.
// Notes about the level that exercises the power (（县级）, （县级行使）) or the scope of the matter (（包括临时）,
// （备案）, （联合社）) are part of the name.
function isRegionNote(note: string): boolean {
  if (/级/.test(note)) return false;
  const place = note.replace(SOURCE_WORDS, '');
  return PLACE_SUFFIX.test(place) || namesElsewhere(place);
}

/** The name without a trailing region note, or the name itself when it has none. */
export function withoutRegionNote(name: string): string {
  const m = TRAILING_NOTE.exec(name);
  return m && isRegionNote(m[1]) ? name.slice(0, m.index) : name;
}

/**
 * A source's matter name as Anyang's catalog says it: the trailing region note dropped, then any other place named
 * in Anyang's terms — 最低生活保障（中牟县黄店镇） → 最低生活保障, 申领《四川省老年人优待证》 → 申领《河南省老年人优待证》.
 */
export function localiseName(name: string): string {
  return localiseText(withoutRegionNote(name.trim()));
}
