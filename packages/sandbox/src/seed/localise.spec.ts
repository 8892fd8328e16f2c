import { loadRawData } from './data';
import { PROVINCES, localiseName, localiseText, namesElsewhere, withoutRegionNote } from './localise';
import { foreignPlacesOf } from './elsewhere';

describe('localiseName', () => {
  it.each([
    ['申领《四川省老年人优待证》', '申领《河南省老年人优待证》'],
    ['最低生活保障（中牟县黄店镇）', '最低生活保障'],
    ['结婚登记（成都）', '结婚登记'],
    ['临时救助（尖山区工作流程）', '临时救助'],
    ['新生儿出生登记（益阳规定）', '新生儿出生登记'],
    ['农业转移人口最低生活保障（宣城）', '农业转移人口最低生活保障'],
    ['生育登记服务（王快镇）', '生育登记服务'],
    ['残疾人证新办（花乡街道）', '残疾人证新办'],
    ['高龄津贴申请（湘潭市岳塘区）', '高龄津贴申请'],
    ['城乡居民养老保险待遇申领（湛江市）', '城乡居民养老保险待遇申领'],
  ])('says %s as Anyang does', (source, anyang) => {
    expect(localiseName(source)).toBe(anyang);
  });

  it.each([
    '居民身份证办理（包括临时）',
    '临时占用林地审批（县级）',
    '个人所得税递延纳税报告（县级行使）',
    '个体工商户变更登记（备案）',
    '农民专业合作社（联合社）设立登记',
    '农民专业合作社（联合社）备案登记',
    '乡（镇）村企业使用集体建设用地审批',
    '城乡居民养老保险参保登记(困难群体参保登记)',
    '普通护照签发',
  ])('keeps %s, whose notes belong to the matter', (name) => {
    expect(localiseName(name)).toBe(name);
  });
});

describe('localiseText', () => {
  it('says other provinces, prefectures, counties and townships in Anyang terms', () => {
    expect(localiseText('生育双方或一方户籍属于河北省，或现居住地在河北省')).toBe(
      '生育双方或一方户籍属于河南省，或现居住地在河南省',
    );
    expect(localiseText('具有兰山区户籍且持有第二代残疾人证')).toBe('具有本县（市、区）户籍且持有第二代残疾人证');
    expect(localiseText('持有腾冲户口的残疾人')).toBe('持有本县（市、区）户口的残疾人');
    expect(localiseText('湛江市社保局')).toBe('安阳市社保局');
    expect(localiseText('黄店镇人民政府')).toBe('本乡镇（街道）人民政府');
  });

  it('leaves Henan, Anyang and national bodies alone', () => {
    for (const text of ['河南省老年人优待证', '安阳市文峰区民政局', '国家税务总局安阳市税务局', '推广安全生产']) {
      expect(localiseText(text)).toBe(text);
      expect(namesElsewhere(text)).toBe(false);
    }
  });

  it("finds another province's rules, by name or by document number", () => {
    expect(namesElsewhere('《山东省老年人权益保障条例》第三十一条')).toBe(true);
    expect(namesElsewhere('国发〔2015〕52号、鲁政发〔2015〕27号')).toBe(true);
    expect(namesElsewhere('粤府〔2019〕105号、粤人社规〔2020〕21号')).toBe(true);
    expect(namesElsewhere('《社会救助暂行办法》（国务院令第649号）')).toBe(false);
    expect(namesElsewhere('《最低生活保障审核确认办法》（民发〔2021〕57号）')).toBe(false);
    expect(namesElsewhere('豫政〔2020〕1号')).toBe(false);
  });

  it('knows every province but Henan, and every place outside Anyang that the seed records name', () => {
    expect(PROVINCES).toHaveLength(34);
    for (const [full, short] of PROVINCES.filter(([full]) => full !== '河南省')) {
      expect(namesElsewhere(full)).toBe(true);
      expect(namesElsewhere(short)).toBe(true);
    }
    const places = foreignPlacesOf(loadRawData().matters);
    expect(places.length).toBeGreaterThan(40);
    expect(places.filter((p) => !namesElsewhere(p))).toEqual([]);
  });
});

describe('withoutRegionNote', () => {
  it('drops only a trailing note', () => {
    expect(withoutRegionNote('特困人员救助供养（禹州市鸿畅镇）')).toBe('特困人员救助供养');
    expect(withoutRegionNote('残疾人证（张店区）办理')).toBe('残疾人证（张店区）办理');
  });
});
