import type { Material } from '../wire';
import type { LicenceIndex } from './licences';
import type { Rng } from './prng';

export interface MaterialsResult {
  materials: Material[];
  /** Some material carries a generated licence type code. */
  sampleCertCode: boolean;
}

interface Draft {
  name: string;
  format: Material['material_format'];
  pages: number;
  need: boolean;
  remark: string | null;
}

const CN_NUMBER: Record<string, number> = { 一: 1, 两: 2, 二: 2, 三: 3, 四: 4 };

// Published guides write "户口簿原件及复印件(主页、本人页)" or "身份证复印件1份"; split that into the fields.
export function parseMaterial(text: string): Draft {
  let name = text.trim();
  let remark: string | null = null;
  const note = /[（(]([^（()）]+)[)）]$/.exec(name);
  if (note) {
    remark = note[1];
    name = name.slice(0, note.index);
  }
  let pages = 1;
  const count = /(?:一式)?([0-9一两二三四]+)\s*[份张]$/.exec(name);
  if (count) {
    pages = CN_NUMBER[count[1]] ?? Number(count[1]);
    name = name.slice(0, count.index);
  }
  let format: Material['material_format'] = '1';
  if (/原件(及|和)复印件/.test(name)) format = '3';
  else if (/复印件/.test(name)) format = '2';
  name = name
    .replace(/(原件)?(及|和)?复印件|原件/g, '')
    .replace(/[，,、]$/, '')
    .trim();
  return { name: name || text, format, pages, need: true, remark };
}

const need = (name: string, remark: string | null = null): Draft => ({
  name,
  format: '1',
  pages: 1,
  need: true,
  remark,
});
const optional = (name: string, remark: string): Draft => ({ name, format: '1', pages: 1, need: false, remark });

/** The matter's application form: 《X申请表》, named by the document the matter is about when it names one. */
export function applicationForm(task: string): string {
  // 申领《河南省老年人优待证》 asks for 《河南省老年人优待证申请表》, not a title nested in a title.
  const named = /《([^》]+)》/.exec(task)?.[1];
  const stem = (named ?? task).replace(/[（(].*$/, '').replace(/(申请|申领|办理|审批|核发|服务)$/, '');
  return `《${stem}申请表》`;
}

// What a hall would ask for, by the wording of the matter: identity first, then what proves the claim.
function typicalMaterials(task: string, slug: string): Draft[] {
  const list: Draft[] = [];
  const business = slug === 'market-entities' || /合作社|个人独资|个体工商户|企业（单位）|公共场所/.test(task);
  list.push(business ? need('经营者（法定代表人）居民身份证') : need('申请人居民身份证'));
  if (/查询|咨询|打印/.test(task)) return list;
  if (business && /变更|注销|延续|补办|换发|歇业|停业|恢复|续期|补证/.test(task)) list.push(need('营业执照'));
  if (/食品.*经营许可/.test(task) && !/核发/.test(task)) list.push(need('食品经营许可证'));
  if (/烟草专卖/.test(task) && !/新办/.test(task)) list.push(need('烟草专卖零售许可证'));
  if (/户口|户籍|出生|死亡|迁|落户|投靠|婚姻|结婚|低保|最低生活|特困|救助|监护/.test(task))
    list.push(need('居民户口簿'));
  if (/出生/.test(task)) list.push(need('出生医学证明'), need('父母结婚证'));
  if (/迁入/.test(task)) list.push(need('户口迁移证'));
  if (/婚姻登记|结婚登记$/.test(task)) list.push(need('双方近期半身免冠合影2寸照片', '3张'));
  if (/离婚|补领结婚证/.test(task)) list.push(need('结婚证'));
  if (/残疾/.test(task) && !/新办|办理残疾人证/.test(task)) list.push(need('残疾人证'));
  if (/残疾人证新办/.test(task))
    list.push(need('《残疾人证申请表》及残疾评定表'), need('近期2寸白底免冠彩色照片', '3张'));
  if (/抵押|不动产|房屋|住房.*上市/.test(task)) list.push(need('不动产权证书'));
  if (/社会保障卡(补领|换领|挂失|解挂|密码|注销|参保地|非关键)/.test(task)) list.push(need('社会保障卡'));
  if (/待遇申领|退休|津贴|补贴|补助|抚恤|给付|发放|报销|支付/.test(task))
    list.push(need('本人社会保障卡或银行账户信息', '用于待遇发放'));
  if (/报销|医疗费|支付/.test(task) && slug === 'medical-insurance')
    list.push(need('医保电子凭证'), need('医疗费用票据及费用清单'));
  if (/低保|最低生活|特困|救助|困难/.test(task)) list.push(need('家庭收入、财产状况声明及授权核对书'));
  if (/就业创业证(查询|核验)|失业保险金申领/.test(task)) list.push(need('就业创业证'));
  if (/教师资格证书补发/.test(task)) list.push(need('教师资格证书', '换发时提供'));
  if (/养蜂证换证/.test(task)) list.push(need('养蜂证'));
  if (/退役|优抚|伤残证件/.test(task)) list.push(need('退役证明或优抚对象证件'));
  if (!/预约|认证|激活|挂失|解挂|密码/.test(task)) list.push(need(applicationForm(task)));
  list.push(optional('授权委托书及受托人居民身份证', '委托他人代办时提供'));
  return list;
}

export function buildMaterials(
  task: string,
  slug: string,
  raw: string[] | null,
  mobileReady: boolean,
  licences: LicenceIndex,
  rng: Rng,
): MaterialsResult {
  const drafts = raw ? raw.map(parseMaterial) : typicalMaterials(task, slug);
  let sampleCertCode = false;
  const materials = drafts.map((m): Material => {
    const licence = licences.forMaterial(m.name, task);
    if (licence?.sampleCode) sampleCertCode = true;
    // On the phone a licence from the e-licence library replaces the paper; at the window the original is shown.
    const format = licence && mobileReady && !raw ? '4' : m.format;
    return {
      material_name: m.name,
      is_need: m.need ? '1' : '0',
      material_format: format,
      page_num: raw ? m.pages : format === '2' ? rng.int(1, 2) : m.pages,
      remark: licence && format === '4' ? '可调用电子证照，免提交纸质材料' : m.remark,
      cert_type_code: licence?.code ?? null,
      cert_type_name: licence?.name ?? null,
      cert_issuer: licence?.issuer ?? null,
    };
  });
  return { materials, sampleCertCode };
}
