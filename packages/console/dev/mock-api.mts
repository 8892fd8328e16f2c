// Development only (`npm run dev -w packages/console -- --mode mock`): answers /api/v1/… with made-up figures shaped
// like packages/contracts/src/admin.ts, so the pages can be worked on without a BFF. Never built, never tested against.
import type {
  AdminAreas,
  AdminMe,
  AuditPage,
  ClosureRequest,
  DashboardReport,
  FigureList,
  MonthPoint,
  PersonGrant,
  QueueAssignRequest,
  Session,
  SynonymRequest,
} from '@zsb/contracts';
import type { Plugin } from 'vite';
import { assign, close, closures, placesOf, queueOf } from './mock-places.mts';
import { addSynonym, gapsOf, removeSynonym, synonyms } from './mock-search.mts';

const me: AdminMe = {
  name: '王*国',
  scopes: [{ role: 'countyAdmin', county: '林州市', centerId: null, centerName: null, township: null }],
  grantable: ['countyAdmin', 'centerAdmin', 'staff', 'agent'].map((role) => ({
    role: role as AdminMe['grantable'][number]['role'],
    county: '林州市',
    centerId: null,
  })),
  canReadAudit: true,
};
const townships = ['开元街道', '桂园街道', '临淇镇', '姚村镇', '东岗镇', '横水镇'];
const areas: AdminAreas = {
  counties: [
    {
      name: '林州市',
      townships: townships.map((t, i) => ({
        name: t,
        places: [
          {
            id: `LZ-${i}-C`,
            name: `${t}便民服务中心`,
            kind: 'center',
            level: t.endsWith('街道') ? 'street' : 'township',
          },
          { id: `LZ-${i}-S1`, name: `${t}第一村便民服务站`, kind: 'station', level: 'village' },
          { id: `LZ-${i}-K`, name: `${t}自助终端`, kind: 'kiosk', level: 'township' },
        ],
      })),
    },
  ],
};
const trend = (month: string, base: number | null): MonthPoint[] =>
  [5, 4, 3, 2, 1, 0].map((back) => {
    const [y, m] = month.split('-').map(Number);
    const d = new Date(Date.UTC(y, m - 1 - back, 1));
    return {
      month: `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`,
      actual: base === null ? null : Math.round(base * (0.8 + back * 0.04) * 10) / 10,
    };
  });
function dashboard(county: string, township: string | null, month: string): DashboardReport {
  const t = (
    key: DashboardReport['targets'][number]['key'],
    name: string,
    threshold: number,
    direction: 'atLeast' | 'atMost',
    unit: 'count' | 'percent' | 'visits',
    actual: number | null,
    numerator: number,
    denominator: number,
  ) => ({
    key,
    name,
    rule: `${name}：按本月数据统计（示例口径）。`,
    threshold,
    direction,
    unit,
    actual,
    met: actual === null ? null : direction === 'atLeast' ? actual >= threshold : actual <= threshold,
    numerator,
    denominator,
    trend: trend(month, actual),
  });
  return {
    county,
    township,
    month,
    generatedAt: new Date().toISOString(),
    targets: [
      t('center-matters', '乡镇(街道)中心、村(社区)站事项数达标', 100, 'atLeast', 'percent', 62.5, 15, 24),
      t('mobile-matters', '“掌上办”事项数', 300, 'atLeast', 'count', 312, 312, 312),
      t('immediate-share', '即办件占比', 40, 'atLeast', 'percent', 43.2, 432, 1000),
      t('average-visits', '办件平均跑动次数', 0.1, 'atMost', 'visits', 0.08, 80, 1000),
      t('active-rating', '好差评主动评价率', 60, 'atLeast', 'percent', 55.1, 551, 1000),
      t('bad-rectified', '差评整改率', 100, 'atLeast', 'percent', 100, 4, 4),
      t('answered-on-time', '咨询投诉按时答复率', 100, 'atLeast', 'percent', null, 0, 0),
      t('kiosk-coverage', '自助终端乡镇覆盖率', 20, 'atLeast', 'percent', 33.3, 2, 6),
    ],
    indicators: [
      ['agent-mandates', '代办委托', 'count', 37],
      ['agent-applications', '代办办件', 'count', 52],
      ['bookings', '预约', 'count', 410],
      ['booking-utilisation', '预约使用率', 'percent', 71.4],
      ['no-show-rate', '爽约率', 'percent', 6.1],
    ].map(([key, name, unit, actual]) => ({
      key: key as DashboardReport['indicators'][number]['key'],
      name: name as string,
      rule: `${name}（示例）`,
      unit: unit as 'count' | 'percent',
      actual: actual as number,
      numerator: actual as number,
      denominator: 100,
      trend: trend(month, actual as number),
    })),
    places: (township ? areas.counties[0].townships.find((x) => x.name === township)!.places : townships).map(
      (p, i) => ({
        key: typeof p === 'string' ? p : p.id,
        name: typeof p === 'string' ? p : p.name,
        places: 4 + i,
        placesMeetingFloor: 2 + (i % 3),
        kiosks: i % 2,
        applications: 120 + i * 37,
        visits: 9 + i,
        activeRating: i === 2 ? null : 50 + i * 4.3,
        badReviews: i % 3,
        badRectified: i % 3,
        feedback: 5 + i,
        feedbackOnTime: 5 + i - (i % 2),
        bookings: 60 + i * 11,
        noShows: i,
      }),
    ),
  };
}
let people: PersonGrant[] = [
  {
    id: 'g1',
    name: '王*国',
    phone: '138****0001',
    role: 'countyAdmin',
    county: '林州市',
    centerId: null,
    centerName: null,
    grantedAt: '2026-11-02T09:00:00+08:00',
  },
  ...townships.flatMap((t, i): PersonGrant[] => [
    {
      id: `s${i}`,
      name: '张*',
      phone: `139****00${i}2`,
      role: 'staff',
      county: '林州市',
      centerId: `LZ-${i}-C`,
      centerName: `${t}便民服务中心`,
      grantedAt: '2026-11-03T09:00:00+08:00',
    },
    {
      id: `m${i}`,
      name: '刘*华',
      phone: `137****00${i}3`,
      role: 'centerAdmin',
      county: '林州市',
      centerId: `LZ-${i}-C`,
      centerName: `${t}便民服务中心`,
      grantedAt: '2026-11-03T09:00:00+08:00',
    },
  ]),
];
const audit: AuditPage['items'] = [];
const session: Session = {
  accessToken: 'mock',
  accessTokenExpiresAt: '2099-01-01T00:00:00+08:00',
  refreshToken: 'mock',
  refreshTokenExpiresAt: '2099-01-01T00:00:00+08:00',
  resident: { id: 'mock', verified: true, signInMethods: ['h5'] },
};

const places = placesOf(areas);
const queue = queueOf(areas);

export function mockApi(): Plugin {
  return {
    name: 'zsb-console-mock-api',
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const url = new URL(req.url ?? '/', 'http://mock');
        const q = url.searchParams;
        const json = (status: number, body: unknown) => {
          res.statusCode = status;
          res.setHeader('content-type', 'application/json');
          res.end(body === undefined ? undefined : JSON.stringify(body));
        };
        const p = url.pathname;
        if (p === '/api/v1/auth/h5/authorize') {
          res.statusCode = 302;
          res.setHeader('location', '/console/#/?ticket=mockmockmockmockmockmockmockmock');
          return res.end();
        }
        if (p === '/api/v1/auth/h5/ticket' || p === '/api/v1/auth/refresh') return json(200, session);
        if (p === '/api/v1/auth/logout') return json(204, undefined);
        if (p === '/api/v1/admin/me') return json(200, me);
        if (p === '/api/v1/admin/areas') return json(200, areas);
        if (p === '/api/v1/admin/dashboard')
          return json(200, dashboard(q.get('county')!, q.get('township'), q.get('month')!));
        if (p === '/api/v1/admin/dashboard/list')
          return json(200, {
            figure: q.get('figure'),
            title: `${q.get('figure')} 明细`,
            columns: [
              { key: 'place', title: '服务点' },
              { key: 'count', title: '数量' },
            ],
            rows: townships.map((t, i) => ({ place: t, count: i * 3 })),
            total: townships.length,
          } as FigureList);
        if (p === '/api/v1/admin/people' && req.method === 'GET')
          return json(200, { items: people.filter((g) => !q.get('centerId') || g.centerId === q.get('centerId')) });
        if (p === '/api/v1/admin/people' && req.method === 'POST') {
          let raw = '';
          req.on('data', (c: Buffer) => (raw += c.toString()));
          req.on('end', () => {
            const b = JSON.parse(raw) as { phone: string; role: PersonGrant['role']; centerId?: string };
            if (b.phone.endsWith('0'))
              return json(404, {
                code: 'ADMIN_PERSON_NOT_FOUND',
                message: '没有找到用这个手机号实名的用户',
                requestId: 'mock',
              });
            const g: PersonGrant = {
              id: `g${people.length + 1}`,
              name: '李*',
              phone: `${b.phone.slice(0, 3)}****${b.phone.slice(7)}`,
              role: b.role,
              county: '林州市',
              centerId: b.centerId ?? null,
              centerName: b.centerId ?? null,
              grantedAt: new Date().toISOString(),
            };
            people = [...people, g];
            audit.unshift({
              id: `a${audit.length}`,
              at: g.grantedAt,
              actor: '王*国',
              action: 'people.grant',
              county: '林州市',
              centerId: g.centerId,
              target: `${g.name} ${g.phone}`,
              before: null,
              after: { role: g.role, centerName: g.centerName },
            });
            json(200, g);
          });
          return;
        }
        if (p.startsWith('/api/v1/admin/people/') && req.method === 'DELETE') {
          people = people.filter((g) => g.id !== p.split('/').pop());
          return json(204, undefined);
        }
        const body = (then: (b: unknown) => void) => {
          let raw = '';
          req.on('data', (c: Buffer) => (raw += c.toString()));
          req.on('end', () => then(JSON.parse(raw)));
        };
        if (p === '/api/v1/admin/centers')
          return json(200, { items: places.filter((x) => !q.get('township') || x.township === q.get('township')) });
        if (p === '/api/v1/admin/closures' && req.method === 'GET') return json(200, { items: closures });
        if (p === '/api/v1/admin/closures' && req.method === 'POST')
          return body((b) => json(201, close(places, b as ClosureRequest)));
        if (p === '/api/v1/admin/queues') {
          const items = queue
            .filter(
              (i) =>
                (!q.get('kind') || i.kind === q.get('kind')) &&
                (!q.get('centerId') || i.centerId === q.get('centerId')),
            )
            .sort((a, b) => Number(b.overdue) - Number(a.overdue) || a.filedAt.localeCompare(b.filedAt));
          return json(200, { items, total: items.length });
        }
        if (p === '/api/v1/admin/queues/assign')
          return body((b) => json(200, assign(queue, people, b as QueueAssignRequest)));
        if (p === '/api/v1/admin/search-gaps') return json(200, gapsOf(Number(q.get('days') ?? 30)));
        if (p === '/api/v1/admin/synonyms' && req.method === 'GET') return json(200, { items: synonyms });
        if (p === '/api/v1/admin/synonyms' && req.method === 'POST')
          return body((b) => json(201, addSynonym(b as SynonymRequest)));
        if (p.startsWith('/api/v1/admin/synonyms/') && req.method === 'DELETE') {
          removeSynonym(p.split('/').pop()!);
          return json(204, undefined);
        }
        if (p === '/api/v1/admin/audit') return json(200, { items: audit, nextBefore: null } as AuditPage);
        next();
      });
    },
  };
}
