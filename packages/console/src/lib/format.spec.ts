import {
  actionName,
  beijingMonth,
  changeLines,
  formatFigure,
  formatThreshold,
  formatTime,
  isPhone,
  metState,
  MET_LABEL,
  reportFileName,
  scopeLabel,
  uuid,
} from './format';
import { pageOf } from './route';

describe('figures as the dashboard writes them', () => {
  it('writes a percent with at most one decimal, a count in 项 and visits in 次', () => {
    expect(formatFigure(62.5, 'percent')).toBe('62.5%');
    expect(formatFigure(100, 'percent')).toBe('100%');
    expect(formatFigure(33.333, 'percent')).toBe('33.3%');
    expect(formatFigure(312, 'count')).toBe('312 项');
    expect(formatFigure(0.08, 'visits')).toBe('0.08 次');
    expect(formatFigure(0.1, 'visits')).toBe('0.1 次');
  });

  it('writes nothing counted as a dash, not as zero', () => {
    expect(formatFigure(null, 'percent')).toBe('—');
    expect(formatFigure(null, 'count')).toBe('—');
  });

  it('states a threshold with its direction', () => {
    expect(formatThreshold({ threshold: 40, direction: 'atLeast', unit: 'percent' })).toBe('≥ 40%');
    expect(formatThreshold({ threshold: 0.1, direction: 'atMost', unit: 'visits' })).toBe('≤ 0.1 次');
    expect(formatThreshold({ threshold: 300, direction: 'atLeast', unit: 'count' })).toBe('≥ 300 项');
  });

  it('calls met green 达标, unmet red 未达标 and null 无数据', () => {
    expect(MET_LABEL[metState(true)]).toBe('达标');
    expect(MET_LABEL[metState(false)]).toBe('未达标');
    expect(MET_LABEL[metState(null)]).toBe('无数据');
  });
});

describe('months and times in Beijing', () => {
  it('opens on the Beijing month even when UTC is still in the previous one', () => {
    expect(beijingMonth(new Date('2026-11-30T17:30:00Z'))).toBe('2026-12');
    expect(beijingMonth(new Date('2026-12-31T15:59:00Z'))).toBe('2026-12');
    expect(beijingMonth(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01');
  });

  it('shows an instant as Beijing wall-clock time whatever offset it was written with', () => {
    expect(formatTime('2026-12-03T09:05:00+08:00')).toBe('2026-12-03 09:05');
    expect(formatTime('2026-12-03T01:05:00Z')).toBe('2026-12-03 09:05');
  });

  it('names the report file <county>-<YYYY-MM>-达标月报.xlsx', () => {
    expect(reportFileName('林州市', '2026-12')).toBe('林州市-2026-12-达标月报.xlsx');
    expect(reportFileName('林州市', '2026-12', '临淇镇')).toBe('林州市-临淇镇-2026-12-达标月报.xlsx');
  });
});

describe('roles and the audit log in Chinese', () => {
  it('labels a scope with its role and area', () => {
    expect(
      scopeLabel({ role: 'countyAdmin', county: '林州市', centerId: null, centerName: null, township: null }),
    ).toBe('县级管理员（林州市）');
    expect(
      scopeLabel({
        role: 'centerAdmin',
        county: '林州市',
        centerId: 'C1',
        centerName: '临淇镇便民服务中心',
        township: '临淇镇',
      }),
    ).toBe('中心管理员（临淇镇便民服务中心）');
  });

  it('writes a before/after state as key: value lines, role names and times translated', () => {
    expect(changeLines(null)).toEqual(['无']);
    expect(changeLines({ role: 'staff', centerName: '临淇镇便民服务中心', grantedAt: '2026-12-03T01:05:00Z' })).toEqual(
      ['角色: 窗口人员', '服务点: 临淇镇便民服务中心', '授予时间: 2026-12-03 09:05'],
    );
    expect(changeLines({ unknownKey: 3, centerId: null })).toEqual(['unknownKey: 3', '服务点编号: 无']);
    expect(actionName('people.grant')).toBe('授予角色');
    expect(actionName('search.synonym-add')).toBe('添加搜索同义词');
    expect(actionName('search.synonym-remove')).toBe('删除搜索同义词');
    expect(actionName('center.close')).toBe('暂停服务');
    expect(actionName('something.new')).toBe('something.new');
  });
});

describe('small helpers', () => {
  it('makes v4 UUIDs without crypto.randomUUID', () => {
    const id = uuid((b) => b.fill(0xff));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(uuid()).not.toBe(uuid());
  });

  it('accepts an 11-digit mobile number only', () => {
    expect(isPhone('13800000001')).toBe(true);
    expect(isPhone(' 13800000001 ')).toBe(true);
    expect(isPhone('1380000000')).toBe(false);
    expect(isPhone('23800000001')).toBe(false);
  });

  it('reads the page from the hash, the ticket return landing on the dashboard', () => {
    expect(pageOf('#/people')).toBe('people');
    expect(pageOf('#/audit?x=1')).toBe('audit');
    expect(pageOf('#/centers')).toBe('centers');
    expect(pageOf('#/queues')).toBe('queues');
    expect(pageOf('#/?ticket=abc')).toBe('dashboard');
    expect(pageOf('')).toBe('dashboard');
    expect(pageOf('#/nowhere')).toBe('dashboard');
  });
});
