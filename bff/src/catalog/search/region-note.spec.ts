import { stripRegionNote } from './region-note';

describe('stripRegionNote', () => {
  it.each([
    ['生育登记服务（王快镇）', null, '生育登记服务'],
    ['临时救助（尖山区工作流程）', null, '临时救助'],
    ['新生儿出生登记（益阳规定）', '湖南省益阳市', '新生儿出生登记'],
    ['结婚登记（成都）', '四川省成都市', '结婚登记'],
    ['残疾人证新办（花乡街道）', null, '残疾人证新办'],
  ])('drops the place a guide was copied from: %s', (name, region, expected) => {
    expect(stripRegionNote(name, region)).toBe(expected);
  });

  it.each(['居民身份证办理（包括临时）', '临时占用林地审批（县级）', '个体工商户变更登记（备案）', '普通护照签发'])(
    'keeps notes that belong to the matter: %s',
    (name) => expect(stripRegionNote(name, '四川省广安市广安区')).toBe(name),
  );
});
