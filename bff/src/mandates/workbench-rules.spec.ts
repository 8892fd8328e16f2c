import type { ApplicationSummary, Booking, MandateTodo } from '@zsb/contracts';
import { byUrgency, todosOf } from './workbench-rules';

const now = Date.parse('2026-12-08T02:00:00Z'); // 10:00 in Beijing, Tuesday
const app = (id: string, status: ApplicationSummary['status'], statusLabel: string, matterCode = 'M1') =>
  ({
    id,
    matterCode,
    matterName: '病残津贴申领',
    status,
    statusLabel,
    updatedAt: '2026-12-07T10:00:00+08:00',
  }) as ApplicationSummary;
const booking = (id: string, start: string, status: Booking['status'] = 'confirmed', matterCode = 'M1') =>
  ({
    id,
    matterCode,
    matterName: '社保卡补办',
    status,
    start,
    end: start.replace(/T(\d\d)/, (_, h: string) => `T${String(Number(h) + 1).padStart(2, '0')}`),
    centerName: '东风乡便民服务中心',
  }) as Booking;

it('puts a 补正 first, then a visit today or tomorrow, then a result to hand over, then the rest', () => {
  const todos = todosOf(
    ['M1'],
    [app('a1', 'review', '审查'), app('a2', 'completed', '办结'), app('a3', 'supplement', '补正')],
    [booking('b1', '2026-12-09T09:00:00+08:00'), booking('b2', '2026-12-15T09:00:00+08:00')],
    now,
  );
  expect(todos.map((t) => t.kind)).toEqual(['supplement', 'visit-soon', 'result-ready', 'visit', 'in-progress']);
  expect(todos[1].label).toBe('明天 09:00 到东风乡便民服务中心');
  expect(todos[2].label).toBe('办结，请把结果告知委托人');
});

it('leaves out other matters, cancelled and past visits', () => {
  const todos = todosOf(
    ['M1'],
    [app('a1', 'review', '审查', 'M2')],
    [
      booking('b1', '2026-12-08T08:00:00+08:00'), // over at 09:00, before now
      booking('b2', '2026-12-09T09:00:00+08:00', 'cancelled'),
      booking('b3', '2026-12-09T09:00:00+08:00', 'confirmed', 'M2'),
    ],
    now,
  );
  expect(todos).toEqual([]);
});

it('orders principals by their most urgent to-do, then by the 委托 ending first', () => {
  const t = (kind: MandateTodo['kind']) => [{ kind }] as MandateTodo[];
  const items = [
    { name: 'idle-late', todos: [], expiresAt: '2026-12-30' },
    { name: 'progress', todos: t('in-progress'), expiresAt: '2026-12-10' },
    { name: 'idle-soon', todos: [], expiresAt: '2026-12-20' },
    { name: 'supplement', todos: t('supplement'), expiresAt: '2026-12-31' },
  ];
  expect(byUrgency(items).map((i) => i.name)).toEqual(['supplement', 'progress', 'idle-soon', 'idle-late']);
});
