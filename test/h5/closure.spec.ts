// 临时停止服务 as the resident meets it: she booked a window for an afternoon; the county closes the center for that
// afternoon (停电); her booking page says why, with the new time, above the ticket — in normal and 长辈模式 — and her
// messages hold the notice, which opens the booking.
import type { Page } from '@playwright/test';
import type { Booking, CenterList, MatterPage, Session, SlotList } from '@zsb/contracts';
import pg from 'pg';
import { assert, closeApp, freshLoad, openApp, setStorage, shot, test, text, visible } from './support/app';
import { sandboxResidents, verifiedResident, type Api, type Auth } from './support/api';
import { pageUrl, servers, staffScript } from './support/servers';

test.describe.serial('closure notice', () => {
  let page: Page;
  let base: string;
  let booking: Booking;
  let api: Api;
  let auth: Auth;

  test.beforeAll(async ({ browser }) => {
    ({ base } = servers());
    page = await openApp(browser);
  });
  test.afterAll(async () => closeApp(page));

  test('closure: a resident books an afternoon; a county admin closes the center for it (停电)', async () => {
    const { sandboxUrl, bffEnv, databaseUrl } = servers();
    if (!databaseUrl)
      throw new Error('needs PostgreSQL (PG_ADMIN_URL): staff.mjs cannot grant while the BFF holds PGlite');
    const people = await sandboxResidents(sandboxUrl);
    // Residents no other H5 spec signs in (the SMS code limit is per phone and minute across the run).
    const [resident, operator] = [people[18], people[19]];
    let session: Session;
    ({ session, api, auth } = await verifiedResident(base, sandboxUrl, resident));
    const matter = (await api<MatterPage>(`/api/v1/matters?q=${encodeURIComponent('社保卡')}&pageSize=1`)).items[0];
    const center = (
      await api<CenterList>(`/api/v1/centers?lat=36.0977&lng=114.3924&kind=center&matterCode=${matter.code}&limit=1`)
    ).items[0];
    const slots = await api<SlotList>(`/api/v1/centers/${center.id}/slots?matterCode=${matter.code}`, {
      headers: auth,
    });
    const day = slots.days.filter((d) => d.open && d.left > 0)[2] ?? slots.days.filter((d) => d.open && d.left > 0)[0];
    const daySlots = await api<SlotList>(
      `/api/v1/centers/${center.id}/slots?matterCode=${matter.code}&date=${day.date}`,
      { headers: auth },
    );
    const slot = daySlots.slots.find((s) => s.status === 'open' && s.start.slice(11, 16) >= '14:30')!;
    booking = await api<Booking>('/api/v1/bookings', {
      method: 'POST',
      headers: { ...auth, 'idempotency-key': `closure-e2e-${Date.now()}` },
      body: JSON.stringify({ centerId: center.id, matterCode: matter.code, start: slot.start }),
    });
    const admin = await verifiedResident(base, sandboxUrl, operator);
    await staffScript(bffEnv, ['grant', operator.phone, center.county, 'county']);
    const closure = await admin.api<{ moved: number; cancelled: number }>('/api/v1/admin/closures', {
      method: 'POST',
      headers: { ...admin.auth, 'idempotency-key': `closure-e2e-close-${Date.now()}` },
      body: JSON.stringify({
        centerId: center.id,
        start: `${day.date}T12:00:00+08:00`,
        end: `${day.date}T18:00:00+08:00`,
        reason: 'power',
        note: '线路检修停电',
      }),
    });
    assert(closure.moved + closure.cancelled >= 1, `the closure changed nothing: ${JSON.stringify(closure)}`);
    const db = new pg.Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const row = await db.query<{ notice: string | null }>('SELECT notice FROM booking WHERE id = $1', [booking.id]);
      assert(row.rows[0]?.notice?.includes('因停电'), `stored notice: ${row.rows[0]?.notice}`);
    } finally {
      await db.end();
    }
    await setStorage(page, base, { 'zsb.session': session, 'zsb.elderMode': false });
  });

  test('closure: her booking says why and when it is now, above the ticket, in both modes', async () => {
    const now = await api<Booking>(`/api/v1/bookings/${booking.id}`, { headers: auth });
    assert(now.notice, 'the booking has no notice');
    for (const elder of [false, true]) {
      await setStorage(page, base, { 'zsb.elderMode': elder });
      await freshLoad(page, pageUrl(base, 'booking', { id: booking.id }));
      const notice = visible(page, '.e2e-booking-notice');
      await notice.waitFor();
      const said = await text(notice);
      assert(said.includes('因停电（线路检修停电）'), `the notice says: ${said}`);
      assert(
        now.status === 'cancelled' ? said.includes('已为您取消') : said.includes('已改到'),
        `the notice says: ${said}`,
      );
      // Above the ticket: the first thing on the page after the header.
      const [noticeTop, ticketTop] = await Promise.all([
        notice.boundingBox().then((b) => b!.y),
        visible(page, '.bk-ticket')
          .first()
          .boundingBox()
          .then((b) => b!.y),
      ]);
      assert(noticeTop < ticketTop, 'the notice is below the ticket');
      await shot(page, elder ? 'h5-booking-closure-elder.png' : 'h5-booking-closure.png');
    }
    await setStorage(page, base, { 'zsb.elderMode': false });
  });
});
