import type { OnlineDepth, ProcessStep } from '../wire';
import type { RawDivisions, RawGuide } from './data';

const APP = '“豫事办”或“掌上办”小程序';

/** 办理流程: the source's own steps when it published them, otherwise the usual steps for this kind of matter. */
export function processOf(
  guide: RawGuide | undefined,
  depth: OnlineDepth,
  instant: boolean,
  promised: number,
): { steps: ProcessStep[]; filled: boolean } {
  if (guide?.steps?.length) {
    return {
      steps: guide.steps.map((s) => ({
        step_name: s.step,
        step_desc:
          [s.days !== undefined ? `${s.days}个工作日` : '', s.standard ?? ''].filter(Boolean).join('；') || s.step,
      })),
      filled: false,
    };
  }
  if (guide?.process) {
    // 申请、审核、评议、审批、公示、发放六个程序: the count closing the list is not a step
    const parts = guide.process
      .replace(/[一二三四五六七八九十\d]+个(程序|环节|步骤)$/, '')
      .split(/→|—|、|；/)
      .map((p) => p.trim())
      .filter(Boolean);
    if (parts.length > 1)
      return { steps: parts.map((p) => ({ step_name: p.slice(0, 12), step_desc: p })), filled: false };
  }
  const apply: ProcessStep =
    depth >= '3'
      ? { step_name: '网上申请', step_desc: `通过${APP}实名登录，在线填报并上传或调用电子证照` }
      : {
          step_name: '窗口申请',
          step_desc: '携带申请材料到便民服务中心综合受理窗口提交申请' + (depth === '2' ? '（可先在线预审）' : ''),
        };
  if (instant) {
    return {
      steps: [apply, { step_name: '受理办结', step_desc: '材料齐全、符合法定形式的，当场办结' }],
      filled: true,
    };
  }
  return {
    steps: [
      apply,
      { step_name: '受理', step_desc: '材料齐全的予以受理；不齐全的一次性告知需补正的全部内容' },
      { step_name: '审查', step_desc: '对申请材料进行审核，必要时入户调查或现场核实' },
      { step_name: '决定', step_desc: `${promised}个工作日内作出决定，不予批准的书面说明理由` },
      { step_name: '送达', step_desc: depth === '4' ? '结果在线送达，纸质结果可免费邮寄' : '窗口领取或免费邮寄送达' },
    ],
    filled: true,
  };
}

/** The county halls of the service map's counties, in the data's order: 文峰区…林州市 (高新区 has no bureaus). */
export function countyHalls(divisions: RawDivisions): string[] {
  return divisions.counties.filter((c) => c.kind !== '功能区').map((c) => `${c.name}政务服务中心`);
}

/**
 * 办理地点 by level. A catalog task is not per county, so the county hall is named by listing every county's hall
 * (the applicant goes to their own); townships and villages are named by the kind of center the service map shows
 * (乡镇便民服务中心, 街道党群服务中心（便民服务中心）, 村便民服务站, 社区党群服务站), each of which is listed in 附近办事点.
 */
export function addressesOf(levels: string, window: string, halls: readonly string[]): string[] {
  const has = (level: string): boolean => levels.split(',').includes(level);
  const list: string[] = [];
  if (has('1')) {
    const names = halls.map((h) => h.replace(/政务服务中心$/, ''));
    list.push(`${names.join('、')}政务服务中心${window}窗口（到户籍或居住地的政务服务中心办理）`);
  }
  const near = [has('2') ? '乡镇便民服务中心' : '', has('3') ? '街道党群服务中心（便民服务中心）' : '']
    .filter(Boolean)
    .join('、');
  if (near) list.push(`${near}综合受理窗口（可办的中心见“附近办事点”）`);
  if (has('4')) list.push('村便民服务站、社区党群服务站（可帮办代办）');
  return list;
}
