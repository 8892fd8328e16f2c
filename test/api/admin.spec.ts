import { randomUUID } from 'node:crypto';
import type {
  AdminAreas,
  AdminMe,
  AdminPlaceList,
  AuditPage,
  DashboardReport,
  ErrorBody,
  FigureList,
  OperatorSynonym,
  SearchGapList,
  SynonymList,
  MatterGuide,
  PersonGrant,
  PersonGrantList,
  QueueItem,
  QueueList,
  Session,
  TargetFigure,
} from '@zsb/contracts';
import fc from 'fast-check';
import { sql } from 'kysely';
import { StaffRepository } from '../../bff/src/auth/staff.repository';
import { CatalogSyncService } from '../../bff/src/catalog/catalog-sync.service';
import { DatabaseConnection } from '../../bff/src/database/database.module';
import {
  bearer,
  post,
  residentIdOf,
  sandboxResidents,
  verifiedSession,
  type SandboxResident,
} from '../support/residents';
import { startSystem, type RunningSystem } from '../support/system';

// The operators' console API: who may see which county, grants and revocations with their audit lines, and the
// 达标 figures recomputed here from the raw rows the test writes.
let sys: RunningSystem;
let people: SandboxResident[];
let countyAdmin: Session;
let otherCountyAdmin: Session;
let centerAdmin: Session;
let resident: Session;
let grantee: SandboxResident;
let granteeSession: Session;
let clerk: Session;
let county: string;
let otherCounty: string;
let center: { id: string; name: string; township: string };
let secondCenter: { id: string; name: string; township: string };
let otherCountyCenter: string;

const get = <T>(s: Session, path: string) => sys.get<T & ErrorBody>(path, { headers: bearer(s) });
const send = <T>(s: Session, path: string, body: unknown) =>
  post<T & ErrorBody>(sys, path, body, { ...bearer(s), 'idempotency-key': randomUUID() });
const del = async (s: Session, path: string) => {
  const res = await fetch(`${sys.url}${path}`, { method: 'DELETE', headers: bearer(s) });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : undefined) as ErrorBody };
};
const q = (params: Record<string, string>) => new URLSearchParams(params).toString();
const db = () => sys.app.get(DatabaseConnection).db;

// The month before this one (Beijing): the rows below are written into it, so nothing else this run does counts.
const now = new Date(Date.now() + 8 * 3_600_000);
const prev = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
const month = `${prev.getUTCFullYear()}-${String(prev.getUTCMonth() + 1).padStart(2, '0')}`;
const at = (day: number, hour: number) =>
  new Date(`${month}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:00:00+08:00`);

interface Centers {
  items: { id: string; name: string; county: string; township: string; kind: string }[];
}

beforeAll(async () => {
  sys = await startSystem({ env: { RATE_LIMIT_FACTOR: '100' } });
  people = await sandboxResidents(sys);
  [countyAdmin, otherCountyAdmin, centerAdmin, resident] = await Promise.all(
    [33, 34, 35, 36].map((i) => verifiedSession(sys, people[i])),
  );
  grantee = people[37];
  granteeSession = await verifiedSession(sys, grantee);
  const areas = (await sys.get<{ items: { county: string; townships: string[] }[] }>('/api/v1/center-areas')).body
    .items;
  county = areas[0].county;
  otherCounty = areas[1].county;
  const inCounty = (await sys.get<Centers>(`/api/v1/centers?${q({ county, kind: 'center', limit: '50' })}`)).body.items;
  center = inCounty[0];
  secondCenter = inCounty.find((c) => c.township !== center.township)!;
  otherCountyCenter = (
    await sys.get<Centers>(`/api/v1/centers?${q({ county: otherCounty, kind: 'center', limit: '1' })}`)
  ).body.items[0].id;
  await db()
    .insertInto('county_admin')
    .values({ resident_id: residentIdOf(countyAdmin), county })
    .execute();
  await db()
    .insertInto('county_admin')
    .values({ resident_id: residentIdOf(otherCountyAdmin), county: otherCounty })
    .execute();
  await sys.app.get(StaffRepository).grant(residentIdOf(centerAdmin), center.id, 'admin');
}, 120_000);
afterAll(() => sys.close(), 120_000);

describe('who may open the console', () => {
  it('refuses a resident and a window clerk on every admin route with 403 ADMIN_ONLY', async () => {
    clerk = await verifiedSession(sys, people[38]);
    await sys.app.get(StaffRepository).grant(residentIdOf(clerk), center.id);
    const routes = [
      '/api/v1/admin/me',
      '/api/v1/admin/areas',
      `/api/v1/admin/dashboard?${q({ county })}`,
      `/api/v1/admin/dashboard/list?${q({ county, figure: 'bookings' })}`,
      '/api/v1/admin/people',
      '/api/v1/admin/audit',
    ];
    for (const who of [resident, clerk])
      for (const route of routes) {
        const res = await get(who, route);
        expect([route, res.status, res.body.code]).toEqual([route, 403, 'ADMIN_ONLY']);
      }
    expect(
      (await send(clerk, '/api/v1/admin/people', { phone: grantee.phone, role: 'staff', centerId: center.id })).body
        .code,
    ).toBe('ADMIN_ONLY');
    expect((await sys.get<ErrorBody>('/api/v1/admin/me')).status).toBe(401);
  });

  it('tells a county admin their scope and what they may grant; a center admin only their center', async () => {
    const me = (await get<AdminMe>(countyAdmin, '/api/v1/admin/me')).body;
    expect(me.scopes).toEqual([{ role: 'countyAdmin', county, centerId: null, centerName: null, township: null }]);
    expect(me.canReadAudit).toBe(true);
    expect(me.name).toMatch(/\*/);
    const areas = (await get<AdminAreas>(countyAdmin, '/api/v1/admin/areas')).body;
    expect(areas.counties.map((c) => c.name)).toEqual([county]);
    const centerMe = (await get<AdminMe>(centerAdmin, '/api/v1/admin/me')).body;
    expect(centerMe.scopes).toEqual([
      { role: 'centerAdmin', county, centerId: center.id, centerName: center.name, township: center.township },
    ]);
    expect(centerMe.grantable.map((g) => g.role).sort()).toEqual(['agent', 'staff']);
    expect(centerMe.canReadAudit).toBe(false);
    const centerAreas = (await get<AdminAreas>(centerAdmin, '/api/v1/admin/areas')).body;
    expect(centerAreas.counties).toHaveLength(1);
    expect(centerAreas.counties[0].townships.map((t) => t.name)).toEqual([center.township]);
  });

  it('answers another county, another township or a made-up one with the same 404', async () => {
    for (const [who, params] of [
      [countyAdmin, { county: otherCounty }],
      [countyAdmin, { county: '不存在县' }],
      [countyAdmin, { county, township: '不存在镇' }],
      [otherCountyAdmin, { county }],
      [centerAdmin, { county }],
      [centerAdmin, { county, township: secondCenter.township }],
    ] as const) {
      const res = await get(who, `/api/v1/admin/dashboard?${q(params)}`);
      expect([params, res.status, res.body.code]).toEqual([params, 404, 'ADMIN_NOT_FOUND']);
    }
    expect((await get(centerAdmin, `/api/v1/admin/dashboard?${q({ county, township: center.township })}`)).status).toBe(
      200,
    );
    expect((await get(otherCountyAdmin, `/api/v1/admin/people?${q({ centerId: center.id })}`)).body.code).toBe(
      'ADMIN_NOT_FOUND',
    );
    expect((await get(otherCountyAdmin, `/api/v1/admin/audit?${q({ county })}`)).body.code).toBe('ADMIN_NOT_FOUND');
    expect((await get(countyAdmin, `/api/v1/admin/people?${q({ centerId: otherCountyCenter })}`)).body.code).toBe(
      'ADMIN_NOT_FOUND',
    );
    expect((await get(otherCountyAdmin, `/api/v1/admin/people?${q({ centerId: otherCountyCenter })}`)).status).toBe(
      200,
    );
  });
});

describe('people and the audit log', () => {
  let granted: PersonGrant;

  it('a county admin makes someone window staff by phone: they can check residents in, and one audit line says so', async () => {
    const res = await send<PersonGrant>(countyAdmin, '/api/v1/admin/people', {
      phone: grantee.phone,
      role: 'staff',
      centerId: center.id,
    });
    expect(res.status).toBe(201);
    granted = res.body;
    expect(granted).toMatchObject({ role: 'staff', county, centerId: center.id, centerName: center.name });
    expect(granted.phone).not.toContain(grantee.phone.slice(3, 7));
    expect(granted.name).toMatch(/\*/);
    expect(await sys.app.get(StaffRepository).centersOf(residentIdOf(granteeSession))).toEqual([center.id]);
    // The same grant again (a retry, a double click) changes nothing and writes no second line.
    expect(
      (
        await send<PersonGrant>(countyAdmin, '/api/v1/admin/people', {
          phone: grantee.phone,
          role: 'staff',
          centerId: center.id,
        })
      ).body.id,
    ).toBe(granted.id);
    const audit = (await get<AuditPage>(countyAdmin, '/api/v1/admin/audit')).body.items;
    const lines = audit.filter((a) => a.action === 'people.grant' && a.centerId === center.id);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ county, after: { 角色: '窗口人员', 范围: center.name } });
    expect(lines[0].actor).toMatch(/\*/);
    expect(JSON.stringify(audit)).not.toContain(grantee.phone);
    expect(JSON.stringify(audit)).not.toContain(grantee.name);
  });

  it('a change of role is one line with before and after; the people list shows the grant to its county only', async () => {
    const res = await send<PersonGrant>(countyAdmin, '/api/v1/admin/people', {
      phone: grantee.phone,
      role: 'centerAdmin',
      centerId: center.id,
    });
    expect(res.body.role).toBe('centerAdmin');
    const line = (await get<AuditPage>(countyAdmin, '/api/v1/admin/audit')).body.items[0];
    expect(line).toMatchObject({
      action: 'people.change-role',
      before: { 角色: '窗口人员' },
      after: { 角色: '中心管理员' },
    });
    const list = (await get<PersonGrantList>(countyAdmin, `/api/v1/admin/people?${q({ county })}`)).body.items;
    expect(list.map((p) => p.role)).toEqual(expect.arrayContaining(['countyAdmin', 'centerAdmin']));
    const elsewhere = (await get<PersonGrantList>(otherCountyAdmin, '/api/v1/admin/people')).body.items;
    expect(elsewhere.some((p) => p.centerId === center.id)).toBe(false);
    // Back to window staff for the rest.
    await send(countyAdmin, '/api/v1/admin/people', { phone: grantee.phone, role: 'staff', centerId: center.id });
  });

  it('a center admin grants staff and agents at their center only; not a center admin, not elsewhere', async () => {
    const p = people[39];
    await verifiedSession(sys, p);
    expect(
      (
        await send<PersonGrant>(centerAdmin, '/api/v1/admin/people', {
          phone: p.phone,
          role: 'agent',
          centerId: center.id,
        })
      ).status,
    ).toBe(201);
    const refused = await send(centerAdmin, '/api/v1/admin/people', {
      phone: p.phone,
      role: 'centerAdmin',
      centerId: center.id,
    });
    expect([refused.status, refused.body.code]).toEqual([403, 'ADMIN_GRANT_NOT_ALLOWED']);
    const elsewhere = await send(centerAdmin, '/api/v1/admin/people', {
      phone: p.phone,
      role: 'staff',
      centerId: secondCenter.id,
    });
    expect([elsewhere.status, elsewhere.body.code]).toEqual([404, 'ADMIN_NOT_FOUND']);
    const county2 = await send(centerAdmin, '/api/v1/admin/people', { phone: p.phone, role: 'countyAdmin', county });
    expect(county2.status).toBe(404);
    const otherCounty2 = await send(otherCountyAdmin, '/api/v1/admin/people', {
      phone: p.phone,
      role: 'staff',
      centerId: center.id,
    });
    expect(otherCounty2.status).toBe(404);
    const nobody = await send(countyAdmin, '/api/v1/admin/people', {
      phone: '13900000000',
      role: 'staff',
      centerId: center.id,
    });
    expect([nobody.status, nobody.body.code]).toEqual([404, 'ADMIN_PERSON_NOT_FOUND']);
  });

  it('revokes: another county cannot, the county admin can, once; their check-in scope ends at once', async () => {
    expect((await del(otherCountyAdmin, `/api/v1/admin/people/${granted.id}`)).status).toBe(404);
    expect((await del(countyAdmin, `/api/v1/admin/people/${granted.id}`)).status).toBe(204);
    expect((await del(countyAdmin, `/api/v1/admin/people/${granted.id}`)).status).toBe(204);
    expect(await sys.app.get(StaffRepository).centersOf(residentIdOf(granteeSession))).toEqual([]);
    const revokes = (await get<AuditPage>(countyAdmin, '/api/v1/admin/audit')).body.items.filter(
      (a) => a.action === 'people.revoke',
    );
    expect(revokes).toHaveLength(1);
    const self = (await get<PersonGrantList>(countyAdmin, `/api/v1/admin/people?${q({ county })}`)).body.items.find(
      (p) => p.role === 'countyAdmin',
    )!;
    expect((await del(countyAdmin, `/api/v1/admin/people/${self.id}`)).body.code).toBe('ADMIN_GRANT_NOT_ALLOWED');
    expect((await del(countyAdmin, '/api/v1/admin/people/bm90LWEtZ3JhbnQ')).status).toBe(404);
  });

  it('nobody can edit or delete an audit line, the BFF’s own connection included', async () => {
    await expect(sql`UPDATE admin_audit SET target = 'x'`.execute(db())).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM admin_audit`.execute(db())).rejects.toThrow(/append-only/);
    expect((await get<AuditPage>(countyAdmin, '/api/v1/admin/audit')).body.items.length).toBeGreaterThanOrEqual(4);
  });

  it('refuses malformed grants with 400 and the contract body, and writes nothing', async () => {
    const before = (await get<AuditPage>(countyAdmin, '/api/v1/admin/audit')).body.items.length;
    await fc.assert(
      fc.asyncProperty(
        fc.record(
          {
            phone: fc.oneof(fc.string(), fc.constant('1380000')),
            role: fc.string(),
            centerId: fc.string(),
            county: fc.string(),
            extra: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        async (body) => {
          const res = await send(countyAdmin, '/api/v1/admin/people', body);
          expect([400, 404]).toContain(res.status);
          expect(typeof res.body.message).toBe('string');
        },
      ),
      { numRuns: 40 },
    );
    expect((await get<AuditPage>(countyAdmin, '/api/v1/admin/audit')).body.items.length).toBe(before);
  });
});

describe('the 达标 dashboard', () => {
  interface Seed {
    settled: { resident: string; matter: string; center: string; submitted: Date; done: Date; status: string }[];
    visits: { resident: string; matter: string; center: string; at: Date }[];
    bookings: { center: string; at: Date; status: string }[];
    feedback: { center: string; created: Date; due: string; answered: Date | null }[];
  }
  let seed: Seed;
  let report: DashboardReport;
  const figure = (key: string): TargetFigure => report.targets.find((t) => t.key === key)!;

  beforeAll(async () => {
    const [a, b, c] = [countyAdmin, otherCountyAdmin, resident].map(residentIdOf);
    const matters = (await sys.get<{ items: { code: string }[] }>('/api/v1/matters?pageSize=2')).body.items.map(
      (m) => m.code,
    );
    seed = {
      settled: [
        {
          resident: a,
          matter: matters[0],
          center: center.id,
          submitted: at(3, 9),
          done: at(3, 15),
          status: 'completed',
        },
        {
          resident: b,
          matter: matters[0],
          center: center.id,
          submitted: at(4, 9),
          done: at(4, 10),
          status: 'rejected',
        },
        {
          resident: c,
          matter: matters[1],
          center: secondCenter.id,
          submitted: at(5, 9),
          done: at(12, 16),
          status: 'completed',
        },
      ],
      visits: [
        // the same resident and matter as the first application, before it ended: its visit, not a service of its own
        { resident: a, matter: matters[0], center: center.id, at: at(2, 10) },
        { resident: c, matter: matters[0], center: secondCenter.id, at: at(20, 10) },
      ],
      bookings: [
        { center: center.id, at: at(21, 9), status: 'no_show' },
        { center: center.id, at: at(22, 9), status: 'cancelled' },
        { center: secondCenter.id, at: at(23, 9), status: 'confirmed' },
      ],
      feedback: [
        { center: center.id, created: at(6, 9), due: `${month}-10`, answered: at(9, 9) },
        { center: center.id, created: at(6, 10), due: `${month}-10`, answered: at(14, 9) },
        { center: secondCenter.id, created: at(7, 9), due: `${month}-12`, answered: null },
      ],
    };
    let n = 0;
    for (const s of seed.settled) {
      const id = `APADMIN${(n += 1)}`;
      await db()
        .insertInto('application')
        .values({
          id,
          resident_id: s.resident,
          matter_code: s.matter,
          matter_name: '测试事项',
          status: s.status,
          number: `HN${id}`,
          payload_enc: 'x',
          materials: '[]',
          promised_days: 5,
          request_hash: 'x',
          submitted_at: s.submitted,
          // as ApplicationsRepository.addEvents sets it when the ending step arrives
          settled_at: s.done,
          owner_center_id: s.center,
        } as never)
        .execute();
      await db()
        .insertInto('application_event')
        .values({ application_id: id, seq: 1, event_id: `E${id}`, status: s.status, at: s.done } as never)
        .execute();
    }
    const booking = async (
      status: string,
      centerId: string,
      startsAt: Date,
      residentId: string,
      matter: string,
      checkedIn: Date | null,
    ) => {
      const id = `BKADMIN${(n += 1)}`;
      await db()
        .insertInto('booking')
        .values({
          id,
          resident_id: residentId,
          center_id: centerId,
          matter_code: matter,
          group_code: 'g',
          starts_at: startsAt,
          ends_at: new Date(startsAt.getTime() + 1_800_000),
          status,
          check_in_code: `CK${id}`,
          checked_in_at: checkedIn,
        } as never)
        .execute();
    };
    for (const v of seed.visits) await booking('checked_in', v.center, v.at, v.resident, v.matter, v.at);
    for (const b of seed.bookings) await booking(b.status, b.center, b.at, a, matters[1], null);
    for (const f of seed.feedback) {
      const id = `FBADMIN${(n += 1)}`;
      await db()
        .insertInto('feedback')
        .values({
          id,
          number: `BC${id}`,
          resident_id: a,
          type: 'case',
          kind: 'other',
          owner_center_id: f.center,
          text_enc: 'x',
          photos: '[]',
          state: f.answered ? 'answered' : 'received',
          due_on: f.due,
          request_hash: 'x',
          created_at: f.created,
          answered_at: f.answered,
        } as never)
        .execute();
    }
    // The township's months were counted (all zero) by an earlier test and are kept for hours: a month's counts are
    // a cache, so forget them to count the rows just written.
    await sql`DELETE FROM target_month`.execute(db());
    const res = await get<DashboardReport>(countyAdmin, `/api/v1/admin/dashboard?${q({ county, month })}`);
    expect(res.status).toBe(200);
    report = res.body;
  });

  it('counts 即办件 share and visits from the rows: a visit for the same matter belongs to its application', async () => {
    const guide = async (code: string) => (await sys.get<MatterGuide>(`/api/v1/matters/${code}`)).body;
    const sameDay = seed.settled.filter((s) => s.submitted.toDateString() === s.done.toDateString()).length;
    const own = seed.visits.slice(1); // the first is the first application's
    const ownImmediate = (await Promise.all(own.map((v) => guide(v.matter)))).filter(
      (g) => g.promiseType === 'immediate',
    ).length;
    const services = seed.settled.length + own.length;
    expect(figure('immediate-share')).toMatchObject({ numerator: sameDay + ownImmediate, denominator: services });
    expect(figure('average-visits')).toMatchObject({ numerator: seed.visits.length, denominator: services });
    expect(figure('average-visits').actual).toBe(Math.round((seed.visits.length / services) * 100) / 100);
    expect(figure('average-visits').met).toBe(seed.visits.length / services <= 0.1);
  });

  it('counts 好差评 services, on-time answers and bookings from the rows', async () => {
    // Every ended application and every checked-in visit is a service to rate; none was rated.
    expect(figure('active-rating')).toMatchObject({
      numerator: 0,
      denominator: seed.settled.length + seed.visits.length,
      actual: 0,
      met: false,
    });
    const answeredOnTime = seed.feedback.filter(
      (f) => f.answered && f.answered.toISOString() <= `${f.due}T16:00:00.000Z`,
    ).length;
    expect(figure('answered-on-time')).toMatchObject({ numerator: answeredOnTime, denominator: seed.feedback.length });
    const bookings = report.indicators.find((i) => i.key === 'bookings')!;
    const all = [...seed.visits.map(() => 'checked_in'), ...seed.bookings.map((b) => b.status)];
    expect(bookings.actual).toBe(all.filter((s) => s !== 'cancelled').length);
    // Last month is over: a booking still 'confirmed' was missed as surely as one marked no_show.
    const missed = all.filter((s) => s === 'no_show' || s === 'confirmed').length;
    const noShow = report.indicators.find((i) => i.key === 'no-show-rate')!;
    expect(noShow).toMatchObject({
      numerator: missed,
      denominator: missed + all.filter((s) => s === 'checked_in').length,
    });
    expect(figure('bad-rectified')).toMatchObject({ actual: null, met: null });
  });

  it('gives every target a six-month trend ending with this month, and the township rows add up', async () => {
    for (const t of report.targets) {
      expect(t.trend).toHaveLength(6);
      expect(t.trend[5]).toEqual({ month, actual: t.actual });
    }
    const sum = (k: 'applications' | 'visits' | 'feedback' | 'noShows') => report.places.reduce((n, p) => n + p[k], 0);
    expect(sum('applications')).toBe(seed.settled.length);
    expect(sum('visits')).toBe(seed.visits.length);
    expect(sum('feedback')).toBe(seed.feedback.length);
    expect(sum('noShows')).toBe(seed.bookings.filter((b) => b.status === 'no_show' || b.status === 'confirmed').length);
    const matters = figure('center-matters');
    expect(report.places.reduce((n, p) => n + p.places, 0)).toBe(matters.denominator);
    expect(report.places.reduce((n, p) => n + p.placesMeetingFloor, 0)).toBe(matters.numerator);
  });

  it('opens the list behind a figure: its rows are the figure’s count, and name no resident', async () => {
    for (const key of ['center-matters', 'kiosk-coverage', 'answered-on-time', 'bookings']) {
      const res = await get<FigureList>(
        countyAdmin,
        `/api/v1/admin/dashboard/list?${q({ county, month, figure: key })}`,
      );
      expect(res.status).toBe(200);
      const f = report.targets.find((t) => t.key === key);
      if (key === 'center-matters') {
        expect(res.body.total).toBe(f!.denominator);
        expect(res.body.rows.filter((r) => r.met === '是')).toHaveLength(f!.numerator);
      }
      if (key === 'kiosk-coverage') expect(res.body.rows.filter((r) => r.covered === '是')).toHaveLength(f!.numerator);
      if (key === 'answered-on-time')
        expect(res.body.rows.filter((r) => r.state === '按期答复')).toHaveLength(f!.numerator);
      if (key === 'bookings') expect(res.body.total).toBe(seed.visits.length + seed.bookings.length);
      const text = JSON.stringify(res.body);
      for (const p of people.slice(33, 40)) {
        expect(text).not.toContain(p.name);
        expect(text).not.toContain(p.phone);
      }
    }
    const unknown = await get(countyAdmin, `/api/v1/admin/dashboard/list?${q({ county, month, figure: 'salaries' })}`);
    expect(unknown.status).toBe(400);
  });

  it('keeps a month’s counts: a booking written now shows only after they age, without making anyone wait', async () => {
    const noShows = (r: DashboardReport) => r.indicators.find((i) => i.key === 'no-show-rate')!.numerator;
    await sql`INSERT INTO booking (id, resident_id, center_id, matter_code, group_code, starts_at, ends_at, status, check_in_code)
              VALUES ('BKADMINLATE', ${residentIdOf(resident)}, ${center.id}, 'x', 'g', ${at(25, 9)}, ${at(25, 10)}, 'no_show', 'CKLATE')`.execute(
      db(),
    );
    const again = (await get<DashboardReport>(countyAdmin, `/api/v1/admin/dashboard?${q({ county, month })}`)).body;
    expect(again.generatedAt).toBe(report.generatedAt);
    expect(noShows(again)).toBe(noShows(report));
    // Seven hours later (a finished month is kept six): the kept counts answer at once, and are counted again.
    await sql`UPDATE target_month SET computed_at = computed_at - interval '7 hours'`.execute(db());
    const stale = (await get<DashboardReport>(countyAdmin, `/api/v1/admin/dashboard?${q({ county, month })}`)).body;
    expect(noShows(stale)).toBe(noShows(report));
    expect(Date.parse(stale.generatedAt)).toBeLessThan(Date.parse(report.generatedAt));
    let fresh = stale;
    for (let i = 0; i < 50 && noShows(fresh) === noShows(report); i += 1) {
      await new Promise((r) => setTimeout(r, 100));
      fresh = (await get<DashboardReport>(countyAdmin, `/api/v1/admin/dashboard?${q({ county, month })}`)).body;
    }
    expect(noShows(fresh)).toBe(noShows(report) + 1);
    await sql`DELETE FROM booking WHERE id = 'BKADMINLATE'`.execute(db());
    await sql`DELETE FROM target_month`.execute(db());
  });

  it('drills into a township: only its places, the same month', async () => {
    const res = await get<DashboardReport>(
      countyAdmin,
      `/api/v1/admin/dashboard?${q({ county, township: center.township, month })}`,
    );
    expect(res.status).toBe(200);
    expect(res.body.township).toBe(center.township);
    expect(res.body.places.find((p) => p.key === center.id)).toMatchObject({ applications: 2, noShows: 1 });
    expect(res.body.places.some((p) => p.key === secondCenter.id)).toBe(false);
  });
});

describe('centers and work queues', () => {
  it('lists the county’s places with hours, lunch break, matters against their floor and people', async () => {
    const res = await get<AdminPlaceList>(countyAdmin, `/api/v1/admin/centers?${q({ county })}`);
    expect(res.status).toBe(200);
    const hall = res.body.items.find((p) => p.id === center.id)!;
    expect(hall).toMatchObject({ kind: 'center', matterFloor: expect.any(Number), lunchBreak: '12:00-14:30' });
    expect(hall.hours[0]).toMatch(/^周一至周五 08:30-12:00, 14:30-17:30$/);
    expect(hall.staff).toBeGreaterThanOrEqual(2); // the center admin and the clerk
    expect(hall.services).toContain('home-visit');
    const kiosks = res.body.items.filter((p) => p.kind === 'kiosk');
    expect(kiosks.every((k) => k.matterFloor === null && k.windows === 0)).toBe(true);
    expect((await get(otherCountyAdmin, `/api/v1/admin/centers?${q({ county })}`)).status).toBe(404);
    const township = await get<AdminPlaceList>(
      centerAdmin,
      `/api/v1/admin/centers?${q({ county, township: center.township })}`,
    );
    expect(township.body.items.every((p) => p.township === center.township)).toBe(true);
  });

  it('puts the county’s open items in one queue, overdue first, and assigns one to staff of its center', async () => {
    const res = await get<QueueList>(countyAdmin, `/api/v1/admin/queues?${q({ county, open: 'true' })}`);
    expect(res.status).toBe(200);
    const cases = res.body.items.filter((i) => i.kind === 'case');
    // The dashboard's seed: one 办不成事 still unanswered after its last day.
    expect(cases).toHaveLength(1);
    expect(res.body.items[0]).toMatchObject({ overdue: true, state: '已受理', assignee: null });
    const item = cases[0];
    const staffHere = (
      await get<PersonGrantList>(countyAdmin, `/api/v1/admin/people?${q({ centerId: item.centerId })}`)
    ).body.items;
    const clerkId = residentIdOf(clerk);
    await sys.app.get(StaffRepository).grant(clerkId, item.centerId);
    const grants = (await get<PersonGrantList>(countyAdmin, `/api/v1/admin/people?${q({ centerId: item.centerId })}`))
      .body.items;
    const clerkGrant = grants.find((g) => g.role === 'staff' && !staffHere.some((s) => s.id === g.id))!;
    const assigned = await send<QueueItem>(countyAdmin, '/api/v1/admin/queues/assign', {
      kind: item.kind,
      id: item.id,
      grantId: clerkGrant.id,
    });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ id: item.id, assignee: clerkGrant.name });
    // Again: nothing changes, no second audit line.
    await send(countyAdmin, '/api/v1/admin/queues/assign', { kind: item.kind, id: item.id, grantId: clerkGrant.id });
    const lines = (await get<AuditPage>(countyAdmin, '/api/v1/admin/audit')).body.items.filter(
      (a) => a.action === 'queue.assign',
    );
    expect(lines).toHaveLength(1);
    expect(lines[0].after).toEqual({ 承办人: clerkGrant.name });
    // Someone of another center, or another county's admin: refused.
    const elsewhere =
      grants.length &&
      (await get<PersonGrantList>(countyAdmin, `/api/v1/admin/people?${q({ county })}`)).body.items.find(
        (g) => g.role !== 'countyAdmin' && g.centerId !== item.centerId,
      );
    if (elsewhere) {
      const wrong = await send(countyAdmin, '/api/v1/admin/queues/assign', {
        kind: item.kind,
        id: item.id,
        grantId: elsewhere.id,
      });
      expect(wrong.body.code).toBe('ADMIN_GRANT_NOT_ALLOWED');
    }
    const foreign = await send(otherCountyAdmin, '/api/v1/admin/queues/assign', {
      kind: item.kind,
      id: item.id,
      grantId: clerkGrant.id,
    });
    expect(foreign.body.code).toBe('ADMIN_NOT_FOUND');
    expect(
      (await get<QueueList>(otherCountyAdmin, '/api/v1/admin/queues')).body.items.some((i) => i.id === item.id),
    ).toBe(false);
  });
});

describe('search gaps and synonyms', () => {
  const word = '嘿嘿哈哈';
  const search = (q: string) =>
    sys.get<{ total: number; items: { name: string }[] }>(`/api/v1/matters?q=${encodeURIComponent(q)}`);

  it('counts searches that found nothing, digits masked, for county admins only', async () => {
    expect((await search(word)).body.total).toBe(0);
    expect((await search(word)).body.total).toBe(0); // the second answer comes from the response cache: counted too
    expect((await search('嘿哈13912345678')).body.total).toBe(0);
    let gaps: SearchGapList | undefined;
    for (let i = 0; i < 40; i += 1) {
      gaps = (await get<SearchGapList>(countyAdmin, '/api/v1/admin/search-gaps?days=7')).body;
      if (gaps.items.some((g) => g.query === word)) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(gaps!.items.find((g) => g.query === word)).toMatchObject({ count: 2 });
    expect(gaps!.items.map((g) => g.query)).toContain('嘿哈***********');
    expect(JSON.stringify(gaps)).not.toContain('13912345678');
    expect((await get(centerAdmin, '/api/v1/admin/search-gaps')).body.code).toBe('ADMIN_ONLY');
    expect((await get(countyAdmin, '/api/v1/admin/search-gaps?days=1000')).status).toBe(400);
  });

  it('adds a synonym that finds matters from the next catalog snapshot on, audited; refuses phrases no matter has', async () => {
    const bad = await send(countyAdmin, '/api/v1/admin/synonyms', { says: word, means: ['这个词没有事项'] });
    expect([bad.status, bad.body.code]).toEqual([400, 'VALIDATION_FAILED']);
    const added = await send<OperatorSynonym>(countyAdmin, '/api/v1/admin/synonyms', {
      says: word,
      means: ['社会保障卡'],
    });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ says: word, means: ['社会保障卡'], inEffect: false, county });
    expect((await search(word)).body.total).toBe(0);
    const again = await send(countyAdmin, '/api/v1/admin/synonyms', { says: word, means: ['社会保障卡'] });
    expect(again.status).toBe(400);
    await sys.app.get(CatalogSyncService).syncNow();
    const found = (await search(word)).body;
    expect(found.total).toBeGreaterThan(0);
    expect(found.items[0].name).toContain('社会保障卡');
    const listed = (await get<SynonymList>(countyAdmin, '/api/v1/admin/synonyms')).body.items;
    expect(listed.find((s) => s.id === added.body.id)).toMatchObject({ inEffect: true });
    expect((await del(countyAdmin, `/api/v1/admin/synonyms/${added.body.id}`)).status).toBe(204);
    expect((await del(countyAdmin, `/api/v1/admin/synonyms/${added.body.id}`)).status).toBe(404);
    await sys.app.get(CatalogSyncService).syncNow();
    expect((await search(word)).body.total).toBe(0);
    const lines = (await get<AuditPage>(countyAdmin, '/api/v1/admin/audit')).body.items.map((a) => a.action);
    expect(lines).toEqual(expect.arrayContaining(['search.synonym-add', 'search.synonym-remove']));
  });
});
