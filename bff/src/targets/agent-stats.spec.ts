import { agentStats } from './agent-stats';

const at = (h: number) => new Date(Date.UTC(2026, 11, 1, h));
const mandates = [
  { id: 'm1', centerId: 'C1', principalId: 'p1', grantedAt: at(0) },
  { id: 'm2', centerId: 'C1', principalId: 'p1', grantedAt: at(1) },
  { id: 'm3', centerId: 'C1', principalId: 'p2', grantedAt: at(2) },
];
const actions = [
  { mandateId: 'm1', action: '提交申请', matterName: '病残津贴申领', at: at(2) },
  { mandateId: 'm1', action: '提交申请', matterName: '病残津贴申领', at: at(9) },
  { mandateId: 'm2', action: '预约窗口', matterName: '社保卡补办', at: at(3) },
  { mandateId: 'm3', action: '提交申请', matterName: '社保卡补办', at: at(6) },
  { mandateId: 'm3', action: '补正', matterName: '社保卡补办', at: at(7) },
  { mandateId: 'other', action: '提交申请', matterName: '别处的事', at: at(1) },
];

it('counts a center’s 委托, the people served and what was done under them, and only theirs', () => {
  const s = agentStats({ centerId: 'C1', centerName: '东风乡便民服务中心' }, mandates, actions);
  expect(s).toMatchObject({ mandates: 3, principals: 2, applications: 3, bookings: 1, supplements: 1 });
  expect(s.matters).toEqual([
    { name: '社保卡补办', count: 3 },
    { name: '病残津贴申领', count: 2 },
  ]);
  // First application 2 h after m1 and 4 h after m3; m2 never applied.
  expect(s.medianHoursToApply).toBe(3);
});

it('says nothing about speed when nothing was applied for', () => {
  expect(agentStats({ centerId: null, centerName: '合计' }, [], []).medianHoursToApply).toBeNull();
});
