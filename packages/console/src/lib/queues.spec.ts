import type { PersonGrant } from '@zsb/contracts';
import { assignees, dueLabel, emptyText, kindOptions, QUEUE_KIND_NAME } from './queues';

const grant = (id: string, role: PersonGrant['role'], centerId: string | null): PersonGrant => ({
  id,
  name: '王*',
  phone: '138****0001',
  role,
  county: '林州市',
  centerId,
  centerName: centerId ? '临淇镇便民服务中心' : null,
  grantedAt: '2026-12-01T09:00:00+08:00',
});

describe('the work queue in Chinese', () => {
  it('names the four kinds and offers 全部 first', () => {
    expect(QUEUE_KIND_NAME).toEqual({
      review: '差评整改',
      case: '办不成事',
      consultation: '咨询',
      'home-visit': '上门服务',
    });
    expect(kindOptions().map((o) => o.label)).toEqual(['全部', '差评整改', '办不成事', '咨询', '上门服务']);
    expect(kindOptions()[0].value).toBe('');
  });

  it('writes the due day, red 已超期 only while the item is still open', () => {
    expect(dueLabel({ dueOn: '2026-12-09', overdue: false, open: true })).toEqual({
      text: '2026-12-09',
      overdue: false,
    });
    expect(dueLabel({ dueOn: '2026-12-09', overdue: true, open: true })).toEqual({ text: '2026-12-09', overdue: true });
    expect(dueLabel({ dueOn: '2026-12-09', overdue: true, open: false }).overdue).toBe(false);
    expect(dueLabel({ dueOn: null, overdue: false, open: true }).text).toBe('无时限');
  });

  it('says what is empty: 当前没有待办, or nothing of that kind', () => {
    expect(emptyText('', true)).toBe('当前没有待办');
    expect(emptyText('case', true)).toBe('当前没有待办的办不成事');
    expect(emptyText('', false)).toBe('这里还没有工单');
  });
});

describe('who an item can be given to', () => {
  it('offers the 窗口人员 and 中心管理员 of the item’s center only, staff first', () => {
    const people = [
      grant('a', 'centerAdmin', 'C1'),
      grant('b', 'staff', 'C1'),
      grant('c', 'agent', 'C1'),
      grant('d', 'staff', 'C2'),
      grant('e', 'countyAdmin', null),
    ];
    expect(assignees(people, 'C1').map((p) => p.id)).toEqual(['b', 'a']);
    expect(assignees(people, 'C3')).toEqual([]);
  });
});
