// Development only: the 中心与服务 and 工作队列 answers of the mock API (made-up places, closures and queue items).
import type {
  AdminAreas,
  AdminPlace,
  Closure,
  ClosureRequest,
  PersonGrant,
  QueueAssignRequest,
  QueueItem,
} from '@zsb/contracts';

const day = (offset: number) => new Date(Date.now() + 8 * 3_600_000 + offset * 86_400_000).toISOString().slice(0, 10);

export function placesOf(areas: AdminAreas): AdminPlace[] {
  return areas.counties[0].townships.flatMap((t, ti) =>
    t.places.map((p, pi): AdminPlace => {
      const kiosk = p.kind === 'kiosk';
      return {
        ...p,
        township: t.name,
        address: `${t.name}人民路 ${ti + 1} 号`,
        phone: kiosk ? null : `0372-68${ti}${pi}1234`,
        windows: kiosk ? 0 : p.kind === 'center' ? 6 + ti : 1,
        matterCount: p.kind === 'center' ? 180 + ti * 12 : p.kind === 'station' ? 38 + ti : 25,
        matterFloor: kiosk ? null : p.kind === 'center' ? (p.level === 'street' ? 150 : 200) : 40,
        hours: kiosk
          ? ['周一至周日 00:00-24:00']
          : ti % 2 === 0
            ? ['周一至周五 08:30-12:00, 14:30-17:30', '周六 09:00-12:00']
            : ['周一至周五 08:30-12:00, 14:00-18:00', '周三 19:00-21:00'],
        lateHours: !kiosk && ti % 2 === 1,
        lunchBreak: kiosk ? null : ti % 2 === 0 ? '12:00-14:30' : '12:00-14:00',
        services: kiosk ? [] : p.kind === 'center' ? ['agent', 'home-visit', 'kiosk'] : ['agent'],
        staff: kiosk ? 0 : 3 + ti,
        agents: kiosk ? 0 : 1 + (ti % 3),
        closures: [],
      };
    }),
  );
}

export const closures: Closure[] = [];

export function close(places: AdminPlace[], body: ClosureRequest): Closure {
  const place = places.find((p) => p.id === body.centerId)!;
  const c: Closure = {
    id: `cl${closures.length + 1}`,
    ...body,
    centerName: place.name,
    decidedBy: '王*国',
    createdAt: new Date().toISOString(),
    moved: 3,
    cancelled: 1,
    waitlistEnded: 2,
  };
  closures.unshift(c);
  place.closures = [...place.closures, c];
  return c;
}

export function queueOf(areas: AdminAreas): QueueItem[] {
  const kinds: QueueItem['kind'][] = ['review', 'case', 'consultation', 'home-visit'];
  const states = ['核实中', '办理中', '待答复', '待安排'];
  return areas.counties[0].townships.flatMap((t, ti) =>
    kinds.map((kind, ki): QueueItem => {
      const center = t.places[0];
      const overdue = (ti + ki) % 5 === 0;
      return {
        kind,
        id: `q${ti}${ki}`,
        number: `${{ review: 'HCP', case: 'BC', consultation: 'ZX', 'home-visit': 'SM' }[kind]}2026120${ti}${ki}01`,
        centerId: center.id,
        centerName: center.name,
        title: ['申领居民身份证', '城乡居民基本养老保险参保登记', '农村低保申请', '残疾人证换领'][ki],
        state: states[ki],
        open: true,
        filedAt: `${day(-ti - ki)}T09:1${ki}:00+08:00`,
        dueOn: kind === 'home-visit' ? null : day(overdue ? -1 : 3 + ti),
        overdue,
        assignee: ki === 1 ? '张*' : null,
      };
    }),
  );
}

export function assign(queue: QueueItem[], people: PersonGrant[], body: QueueAssignRequest): QueueItem | null {
  const item = queue.find((i) => i.kind === body.kind && i.id === body.id);
  const who = people.find((p) => p.id === body.grantId);
  if (!item || !who) return null;
  item.assignee = who.name;
  return item;
}
