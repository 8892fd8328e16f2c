import type { OnlineDepth, ProcessStep } from '../wire';
import type { RawGuide } from './data';

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
    const parts = guide.process
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

export function addressesOf(levels: string, deptName: string): string[] {
  const dept = deptName.replace(/^县（市、区）/, '');
  const list = [`各县（市、区）政务服务中心${dept}窗口`];
  if (levels.includes('2') || levels.includes('3')) list.push('各乡镇（街道）便民服务中心综合受理窗口');
  if (levels.includes('4')) list.push('各村（社区）便民服务站（可帮办代办）');
  if (!levels.includes('1')) list.shift();
  return list;
}
