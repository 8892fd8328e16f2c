import type { Task, Theme } from '../wire';

interface ThemeDef {
  name: string;
  desc: string;
  /** Catalog names of the member matters, in the order they are done. */
  matters: string[];
}

// 一件事一次办 bundles, built only from matters that exist in the seed catalog.
const THEMES: ThemeDef[] = [
  {
    name: '我要开办企业',
    desc: '个人独资企业设立登记、员工参保登记、食品经营许可一次申请，营业执照和许可证一并发放。',
    matters: ['个人独资企业设立登记', '企业职工参保登记', '食品(含保健食品)经营许可核发'],
  },
  {
    name: '新生儿出生一件事',
    desc: '出生医学证明、户口登记、预防接种证、城乡居民医保参保和社会保障卡申领一次办结。',
    matters: ['《出生医学证明》首次签发', '出生登记', '《预防接种证》办理', '城乡居民参保登记', '社会保障卡申领'],
  },
  {
    name: '我要退休',
    desc: '退休申请、档案关系接收、养老金发放账户确认联办，办结次月发放养老金。',
    matters: ['企业职工基本养老保险正常退休申请', '企业退休人员档案关系接收', '定期待遇发放账户维护申请'],
  },
  {
    name: '我要就医报销',
    desc: '异地就医备案、住院和门诊费用报销、医疗救助一站结算。',
    matters: ['异地长期居住人员备案', '住院费用报销', '门诊费用报销', '医疗救助对象手工（零星）报销'],
  },
  {
    name: '残疾人服务一件事',
    desc: '残疾人证办理后，困难残疾人生活补贴、重度残疾人护理补贴和辅助器具适配一次申请。',
    matters: ['残疾人证新办', '困难残疾人生活补贴', '重度残疾人护理补贴', '残疾人基本型辅助器具适配申请'],
  },
  {
    name: '房屋交易登记一件事',
    desc: '已购公房上市交易审核、抵押备案和维修资金分户账更名联办。',
    matters: ['已购公有和经济适用住房上市交易审核', '抵押备案', '住宅专项维修资金分户账更名'],
  },
  {
    name: '退役军人服务一件事',
    desc: '退役报到、预备役登记、养老保险关系转移和自主就业经济补助一次办。',
    matters: ['退役报到', '预备役登记', '军人退役养老保险关系转移接续申请', '退役士兵自主就业一次性经济补助金的给付'],
  },
  {
    name: '我要结婚',
    desc: '网上预约结婚登记，登记当日可同步办理户口迁移。',
    matters: ['结婚登记预约', '中国内地公民婚姻登记', '迁出、迁入登记'],
  },
  {
    name: '困难群众救助一件事',
    desc: '最低生活保障、临时救助和城乡居民医保个人缴费资助一次申请，村（社区）可代办。',
    matters: ['最低生活保障', '临时救助', '符合资助条件的救助对象参加城乡居民基本医疗保险个人缴费补贴'],
  },
  {
    name: '失业一件事',
    desc: '失业登记、失业保险金申领、就业困难人员认定和职业介绍一次办。',
    matters: ['失业登记', '失业保险金申领', '就业困难人员认定', '职业介绍'],
  },
];

export function buildThemes(tasks: readonly Task[]): Theme[] {
  const byName = new Map(tasks.map((t) => [t.task_name, t]));
  return THEMES.map((def, i) => {
    const members = def.matters.map((name) => {
      const task = byName.get(name);
      if (!task) throw new Error(`theme ${def.name}: no matter named ${name}`);
      return task;
    });
    return {
      theme_id: `T${String(i + 1).padStart(2, '0')}`,
      theme_name: def.name,
      theme_desc: def.desc,
      task_codes: members.map((t) => t.task_code),
      // Member matters are processed in parallel, so the bundle is promised as fast as its slowest member;
      // "一次办" means one visit at most.
      promise_day: Math.max(...members.map((t) => t.promise_day)),
      limit_scene_num: Math.min(1, Math.max(...members.map((t) => t.limit_scene_num))),
    };
  });
}
