// The operators' console (issue 14), first pages: a resident signs in through the (sandbox) provincial identity
// service and is told the console is for admins; the operator script makes her 县级管理员 of her county; signed in
// again she reads the 达标看板 (each card equals the API's figure), drills into a township, opens the list behind a
// figure, exports the month report and opens the .xlsx with exceljs (its figures are the dashboard's), grants a
// verified resident 窗口人员 at a center and revokes it, and finds both changes in 审计日志. In 中心与服务 she closes
// a center for an afternoon a resident has booked (停电): the resident's booking says why and has moved (or is
// cancelled) and she has one message; in 工作队列 a resident's 办不成事 case is assigned to the center's 窗口人员.
// In 搜索缺口 a word a resident searched without result is listed; she maps it to 社会保障卡 (下次目录同步后生效) and
// deletes another synonym. Screenshots at 1366×768.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import type {
  AdminPlaceList,
  AuditPage,
  Booking,
  CenterList,
  CenterSummary,
  MatterPage,
  OperatorSynonym,
  ClosureList,
  DashboardReport,
  Feedback,
  FigureList,
  HotMatters,
  NotificationList,
  PersonGrant,
  PersonGrantList,
  QueueList,
  SearchGapList,
  SynonymList,
  Session,
  SlotList,
} from '@zsb/contracts';
import { subjectOf, type Resident } from '@zsb/sandbox';
import ExcelJS from 'exceljs';
import { formatFigure, MET_LABEL, metState, reportFileName, beijingMonth } from '../../packages/console/src/lib/format';
import { formatThreshold } from '../../packages/console/src/lib/format';
import {
  beijingWallOf,
  closureOutcome,
  closurePeriod,
  closureSentence,
  placeKindLabel,
} from '../../packages/console/src/lib/places';
import { placesSheetName, reportTitle, TARGET_SHEET } from '../../packages/console/src/lib/report';
import { synonymSentence } from '../../packages/console/src/lib/searchGaps';
import { sandboxResidents, smsCode, verifiedResident, type Verified } from '../h5/support/api';
import { ARTIFACTS, servers, staffScript } from '../h5/support/servers';
import { apiAsConsole, closeConsole, expect, openConsole, postAsConsole, shot, test } from './support';

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(7)}`;
const enc = encodeURIComponent;
const DAY_MS = 86_400_000;
const NOTE = '线路检修停电';
// A word no matter name has: residents' searches for it find nothing and are counted as a gap.
const NOWHERE = '嘿嘿哈哈';

test.describe.serial('operators’ console', () => {
  let base: string;
  let page: Page;
  let admin: Resident;
  let clerk: Resident;
  let clerkVerified: Verified;
  let county: string;
  let report: DashboardReport;
  // 临时停止服务: the resident who booked into the afternoon that gets closed, where and when.
  let resident: Verified;
  let place: CenterSummary;
  let matterCode: string;
  let booking: Booking;
  let closeDay: string;

  test.beforeAll(async ({ browser }) => {
    ({ base } = servers());
    page = await openConsole(browser);
  });
  test.afterAll(async () => closeConsole(page));

  /** 登录 on the console, then the resident's own button on the identity service's page. */
  async function signIn(who: Resident): Promise<void> {
    await page.locator('.e2e-sign-in').click();
    await page.waitForURL((url) => url.pathname === '/identity/oauth/authorize');
    await page.locator(`button[value="${subjectOf(who)}"]`).click();
    await page.waitForURL((url) => url.pathname === '/console/' && !url.hash.includes('ticket='));
  }

  test('console: /console opens the app (index revalidated, hashed assets cached a year)', async () => {
    const bare = await fetch(new URL('/console', base), { redirect: 'manual' });
    expect([301, 302]).toContain(bare.status);
    expect(bare.headers.get('location')).toBe('/console/');
    const index = await fetch(new URL('/console/', base));
    expect(index.status).toBe(200);
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const asset = /src="(\/console\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1];
    expect(asset, 'index.html names its script').toBeTruthy();
    const js = await fetch(new URL(asset!, base));
    expect(js.status).toBe(200);
    expect(js.headers.get('cache-control')).toContain('immutable');
  });

  test('console: a resident who is not an admin signs in through the identity service and reads who the console is for', async () => {
    const registry = await sandboxResidents(servers().sandboxUrl);
    // The identity service's page lists the first 12; the second README resident is verified there (实名 level).
    [admin, clerk] = [registry[1], registry[13]];
    county = admin.county_name;
    await page.goto(new URL('/console', base).toString());
    await expect(page.locator('.e2e-sign-in')).toBeVisible();
    await shot(page, 'console-signin.png');
    await signIn(admin);
    await expect(page.locator('.e2e-not-admin')).toBeVisible();
    await expect(page.locator('.e2e-not-admin')).toContainText('县级管理员和中心管理员');
    await shot(page, 'console-not-admin.png');
  });

  test('console: after 实名 and `staff.mjs grant … county` she signs in again and the header shows her masked name and 县级管理员', async () => {
    const { databaseUrl, bffEnv, sandboxUrl } = servers();
    expect(
      databaseUrl,
      'needs PostgreSQL (PG_ADMIN_URL): staff.mjs cannot grant while the BFF holds PGlite',
    ).toBeTruthy();
    // 实名认证 of this H5 sign-in with the identity the provincial service verified, as the app does.
    const session = await page.evaluate(
      () => JSON.parse(sessionStorage.getItem('zsb.console.session') ?? 'null') as Session | null,
    );
    expect(session).toBeTruthy();
    const auth = { 'content-type': 'application/json', authorization: `Bearer ${session!.accessToken}` };
    const sent = await fetch(new URL('/api/v1/me/identity/sms-codes', base), {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({ phone: admin.phone }),
    });
    expect(sent.status).toBe(200);
    const verified = await fetch(new URL('/api/v1/me/identity', base), {
      method: 'POST',
      headers: auth,
      body: JSON.stringify({
        useSignInIdentity: true,
        phone: admin.phone,
        smsCode: await smsCode(sandboxUrl, admin.phone),
        consent: true,
      }),
    });
    expect(verified.status, await verified.clone().text()).toBe(200);
    const out = await staffScript(bffEnv, ['grant', admin.phone, county, 'county']);
    expect(out).toContain(county);

    await page.locator('.e2e-sign-out').click();
    await expect(page.locator('.e2e-sign-in')).toBeVisible();
    await signIn(admin);
    await expect(page.locator('.e2e-me-roles')).toContainText(`县级管理员（${county}）`);
    await expect(page.locator('.e2e-me-name')).toContainText('*');
    await expect(page.locator('.e2e-menu-audit')).toBeVisible();
  });

  test('dashboard: each target card shows the API’s actual, 达标/未达标/无数据 and its threshold; indicators too', async () => {
    await expect(page.locator('.e2e-target')).toHaveCount(8);
    report = await apiAsConsole<DashboardReport>(
      page,
      `/api/v1/admin/dashboard?county=${encodeURIComponent(county)}&month=${beijingMonth(new Date())}`,
    );
    for (const t of report.targets) {
      const card = page.locator(`.e2e-target-${t.key}`);
      await expect(card.locator('.e2e-target-actual')).toHaveText(formatFigure(t.actual, t.unit));
      await expect(card.locator('.e2e-target-met')).toHaveText(MET_LABEL[metState(t.met)]);
      await expect(card).toContainText(formatThreshold(t));
      await expect(card.locator('canvas')).toHaveCount(1);
    }
    for (const i of report.indicators)
      await expect(page.locator(`.e2e-indicator-${i.key} .e2e-indicator-actual`)).toHaveText(
        formatFigure(i.actual, i.unit),
      );
    await expect(page.locator('.e2e-places .e2e-place-row')).toHaveCount(report.places.length);
    await shot(page, 'console-dashboard.png');
  });

  test('dashboard: a township row drills down to its places; 返回 goes back to the county', async () => {
    const township = report.places[0];
    expect(township, 'the county has townships').toBeTruthy();
    await page.locator('.e2e-place-row', { hasText: township.name }).first().click();
    await expect(page.locator('.e2e-dashboard-title')).toContainText(township.name);
    const inside = await apiAsConsole<DashboardReport>(
      page,
      `/api/v1/admin/dashboard?county=${encodeURIComponent(county)}&township=${encodeURIComponent(township.key)}&month=${report.month}`,
    );
    await expect(page.locator('.e2e-places .e2e-place-row')).toHaveCount(inside.places.length);
    for (const t of inside.targets)
      await expect(page.locator(`.e2e-target-${t.key} .e2e-target-actual`)).toHaveText(formatFigure(t.actual, t.unit));
    await shot(page, 'console-township.png');
    await page.locator('.e2e-back-county').click();
    await expect(page.locator('.e2e-dashboard-title')).not.toContainText(township.name);
  });

  test('dashboard: a figure opens the list behind it, with the columns the API names', async () => {
    const target = report.targets.find((t) => t.denominator > 0) ?? report.targets[0];
    const list = await apiAsConsole<FigureList>(
      page,
      `/api/v1/admin/dashboard/list?county=${encodeURIComponent(county)}&month=${report.month}&figure=${target.key}`,
    );
    await page.locator(`.e2e-target-${target.key}`).click();
    const drawer = page.locator('.e2e-figure-drawer');
    await expect(drawer).toBeVisible();
    await expect(drawer.locator('.ant-table-thead th')).toHaveText(list.columns.map((c) => c.title));
    if (list.rows.length > 0)
      await expect(drawer.locator('.ant-table-tbody .ant-table-row')).toHaveCount(Math.min(20, list.rows.length));
    await shot(page, 'console-figure-list.png');
    await page.keyboard.press('Escape');
    await expect(drawer).toBeHidden();
  });

  test('dashboard: 导出月报 downloads <county>-<month>-达标月报.xlsx whose figures are the dashboard’s', async () => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.e2e-export').click()]);
    expect(download.suggestedFilename()).toBe(reportFileName(county, report.month));
    const file = join(ARTIFACTS, 'console-report.xlsx');
    await download.saveAs(file);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
    expect(wb.worksheets.map((s) => s.name)).toEqual([TARGET_SHEET, placesSheetName(report)]);
    const sheet = wb.getWorksheet(TARGET_SHEET)!;
    expect(sheet.getCell('A1').value).toBe(reportTitle(report));
    report.targets.forEach((t, i) => {
      const row = (sheet.getRow(3 + i).values as unknown[]).slice(1, 7);
      expect(row).toEqual([
        t.name,
        formatThreshold(t),
        t.actual ?? '无数据',
        MET_LABEL[metState(t.met)],
        t.numerator,
        t.denominator,
      ]);
    });
    report.indicators.forEach((ind, i) => {
      const row = (sheet.getRow(3 + report.targets.length + i).values as unknown[]).slice(1, 7);
      expect(row).toEqual([ind.name, '—', ind.actual ?? '无数据', '—', ind.numerator, ind.denominator]);
    });
    const places = wb.getWorksheet(placesSheetName(report))!;
    report.places.forEach((p, i) => {
      expect(places.getCell(3 + i, 1).value).toBe(p.name);
      expect(places.getCell(3 + i, 5).value).toBe(p.applications);
    });
  });

  test('people: a phone with no verified resident is refused with the server’s message', async () => {
    await page.locator('.e2e-menu-people').click();
    await expect(page.locator('.e2e-grant')).toBeVisible();
    await page.locator('.e2e-grant-phone').fill('19999999999');
    await page.locator('.e2e-grant-center').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
    await page.locator('.e2e-grant-submit').click();
    await expect(page.locator('.e2e-grant-problem')).toBeVisible();
    expect((await page.locator('.e2e-grant-problem').innerText()).trim()).toMatch(/[\u4e00-\u9fa5]/);
  });

  test('people: 授予 makes a verified resident 窗口人员 of a center; 撤销 after a confirmation removes it', async () => {
    clerkVerified = await verifiedResident(base, servers().sandboxUrl, clerk);
    expect(clerkVerified.session.resident.verified).toBe(true);
    await page.locator('.e2e-grant-phone').fill(clerk.phone);
    await page.locator('.e2e-grant-submit').click();
    const row = page.locator('.e2e-person-staff', { hasText: masked(clerk.phone) });
    await expect(row).toBeVisible();
    await expect(row).toContainText('窗口人员');
    const listed = await apiAsConsole<PersonGrantList>(
      page,
      `/api/v1/admin/people?county=${encodeURIComponent(county)}`,
    );
    expect(listed.items.some((p) => p.role === 'staff' && p.phone === masked(clerk.phone))).toBe(true);
    await shot(page, 'console-people.png');
    await row.locator('.e2e-revoke').click();
    await page.locator('.e2e-revoke-confirm').click();
    await expect(row).toHaveCount(0);
  });

  test('audit: 审计日志 lists the grant and the revoke, newest first, with before/after as readable text', async () => {
    await page.locator('.e2e-menu-audit').click();
    const rows = page.locator('.e2e-audit-row', { hasText: masked(clerk.phone) });
    await expect(rows).toHaveCount(2);
    const log = await apiAsConsole<AuditPage>(page, `/api/v1/admin/audit?county=${encodeURIComponent(county)}`);
    const mine = log.items.filter((e) => e.target.includes(masked(clerk.phone)));
    expect(mine.map((e) => e.action)).toEqual(['people.revoke', 'people.grant']);
    await expect(rows.nth(0)).toContainText('撤销角色');
    await expect(rows.nth(1)).toContainText('授予角色');
    await expect(rows.nth(1)).toContainText('窗口人员');
    await shot(page, 'console-audit.png');
  });

  test('centers: a verified resident books an afternoon slot of the first working day two or more days ahead at a center of the county (over the API)', async () => {
    const { sandboxUrl } = servers();
    resident = await verifiedResident(base, sandboxUrl, (await sandboxResidents(sandboxUrl))[14]);
    const firstDay = beijingWallOf(new Date(Date.now() + 2 * DAY_MS)).slice(0, 10);
    const slotsOf = (centerId: string, code: string, date?: string) =>
      resident.api<SlotList>(`/api/v1/centers/${centerId}/slots?matterCode=${code}${date ? `&date=${date}` : ''}`, {
        headers: resident.auth,
      });
    const hot = (await resident.api<HotMatters>('/api/v1/matters/hot')).items;
    for (const m of hot) {
      const { items } = await resident.api<CenterList>(
        `/api/v1/centers?county=${enc(county)}&kind=center&matterCode=${m.code}&limit=20`,
      );
      for (const c of items.filter((x) => x.bookable && x.nextSlot)) {
        const day = (await slotsOf(c.id, m.code)).days.find((d) => d.date >= firstDay && d.state !== 'closed');
        if (!day?.open) continue;
        const afternoon = (await slotsOf(c.id, m.code, day.date)).slots.find(
          (s) => s.status === 'open' && s.start.slice(11, 16) >= '12:00' && s.end.slice(11, 16) <= '18:00',
        );
        if (!afternoon) continue;
        booking = await resident.api<Booking>('/api/v1/bookings', {
          method: 'POST',
          headers: { ...resident.auth, 'idempotency-key': randomUUID() },
          body: JSON.stringify({ centerId: c.id, matterCode: m.code, start: afternoon.start }),
        });
        [place, matterCode, closeDay] = [c, m.code, day.date];
        break;
      }
      if (booking) break;
    }
    expect(booking, `an afternoon slot from ${firstDay} at a center of ${county}`).toBeTruthy();
    expect(booking.status).toBe('confirmed');
  });

  test('centers: 中心与服务 lists the county’s places as the API does; a township narrows it; kiosks cannot be closed', async () => {
    await page.locator('.e2e-menu-centers').click();
    await expect(page).toHaveURL(/#\/centers$/);
    const all = await apiAsConsole<AdminPlaceList>(page, `/api/v1/admin/centers?county=${enc(county)}`);
    await expect(page.locator('.e2e-centers .e2e-center-row')).toHaveCount(Math.min(20, all.items.length));
    await page.locator('.e2e-centers-township').click();
    await page.locator(`.ant-select-dropdown:visible .ant-select-item-option[title="${place.township}"]`).click();
    const listed = await apiAsConsole<AdminPlaceList>(
      page,
      `/api/v1/admin/centers?county=${enc(county)}&township=${enc(place.township)}`,
    );
    await expect(page.locator('.e2e-centers .e2e-center-row')).toHaveCount(Math.min(20, listed.items.length));
    const p = listed.items.find((x) => x.id === place.id)!;
    expect(p, `${place.id} in the township's list`).toBeTruthy();
    const row = page.locator(`.e2e-center-${place.id}`);
    await expect(row).toContainText(p.name);
    await expect(row).toContainText(placeKindLabel(p));
    for (const line of p.hours) await expect(row).toContainText(line);
    if (p.matterFloor !== null) await expect(row).toContainText(`${p.matterCount} / ${p.matterFloor}`);
    await expect(row.locator('.e2e-close-center')).toBeVisible();
    for (const kiosk of listed.items.filter((x) => x.kind === 'kiosk'))
      await expect(page.locator(`.e2e-center-${kiosk.id} .e2e-close-center`)).toHaveCount(0);
    // The people page's 已撤销 message would cover the header in the picture.
    await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
    await shot(page, 'console-centers.png');
  });

  test('centers: 暂停服务 for that afternoon shows what residents will read, asks for confirmation, then says what it did', async () => {
    const row = page.locator(`.e2e-center-${place.id}`);
    await row.locator('.e2e-close-center').click();
    const modal = page.locator('.e2e-closure-modal');
    await expect(modal).toBeVisible();
    const [from, to] = [`${closeDay} 12:00`, `${closeDay} 18:00`];
    const inputs = modal.locator('.e2e-closure-period input');
    await inputs.nth(0).click();
    await inputs.nth(0).fill(from);
    await inputs.nth(0).press('Enter');
    await inputs.nth(1).fill(to);
    await inputs.nth(1).press('Enter');
    await expect(inputs.nth(0)).toHaveValue(from);
    await expect(inputs.nth(1)).toHaveValue(to);
    await modal.locator('.e2e-closure-note input').fill(NOTE);
    const sentence = closureSentence(place.name, {
      start: `${closeDay}T12:00:00+08:00`,
      end: `${closeDay}T18:00:00+08:00`,
      reason: 'power',
      note: NOTE,
    });
    await expect(modal.locator('.e2e-closure-preview')).toContainText(sentence);
    await shot(page, 'console-centers-form.png');
    await modal.locator('.e2e-closure-next').click();
    const confirmation = modal.locator('.e2e-closure-confirmation');
    await expect(confirmation).toContainText(sentence);
    await expect(confirmation).toContainText(
      '时段内的预约将改到之后的第一个空闲时段，没有空闲的将取消，并逐一通知群众',
    );
    await shot(page, 'console-centers-confirm.png');

    await modal.locator('.e2e-closure-confirm').click();
    await expect(modal.locator('.e2e-closure-done')).toBeVisible();
    const closures = await apiAsConsole<ClosureList>(
      page,
      `/api/v1/admin/closures?county=${enc(county)}&centerId=${place.id}`,
    );
    expect(closures.items).toHaveLength(1);
    const closure = closures.items[0];
    expect(closure).toMatchObject({
      start: `${closeDay}T12:00:00+08:00`,
      end: `${closeDay}T18:00:00+08:00`,
      reason: 'power',
      note: NOTE,
      waitlistEnded: 0,
    });
    // Her booking is the only one in that afternoon of a fresh database.
    expect(closure.moved + closure.cancelled).toBe(1);
    await expect(modal.locator('.e2e-closure-outcome')).toHaveText(closureOutcome(closure));
    await shot(page, 'console-centers-done.png');

    await modal.locator('.e2e-closure-close').click();
    await expect(modal).toBeHidden();
    await expect(row.locator('.e2e-place-closure')).toContainText(closurePeriod(closure));
    await expect(row.locator('.e2e-place-closure')).toContainText('停电');
    const listed = page.locator('.e2e-closures .e2e-closure-row');
    await expect(listed).toHaveCount(1);
    await expect(listed.first()).toContainText(place.name);
    await expect(listed.first()).toContainText(NOTE);
    await shot(page, 'console-centers-closed.png');
  });

  test('centers: the resident’s booking now says why and starts after the closure (or is cancelled); her messages hold one center-closure', async () => {
    // The H5 app is not served in this suite (H5_DIR is empty): the resident's side is read over the API.
    const after = await resident.api<Booking>(`/api/v1/bookings/${booking.id}`, { headers: resident.auth });
    expect(after.notice).toContain(`因停电（${NOTE}）`);
    if (after.status === 'cancelled') expect(after.notice).toContain('已为您取消');
    else {
      expect(after.status).toBe('confirmed');
      expect(after.start).not.toBe(booking.start);
      expect(Date.parse(after.start)).toBeGreaterThanOrEqual(Date.parse(`${closeDay}T18:00:00+08:00`));
    }
    const { items } = await resident.api<NotificationList>('/api/v1/notifications', { headers: resident.auth });
    const told = items.filter((m) => m.kind === 'center-closure');
    expect(told).toHaveLength(1);
    expect(told[0].target).toBe(`/bookings/${booking.id}`);
  });

  test('queues: a resident’s 办不成事 case is in 工作队列; 指派 gives it to the center’s 窗口人员 and the row shows who', async () => {
    const filed = await resident.api<Feedback>('/api/v1/feedback', {
      method: 'POST',
      headers: { ...resident.auth, 'idempotency-key': randomUUID() },
      body: JSON.stringify({
        type: 'case',
        kind: 'window_failed',
        centerId: place.id,
        matterCode,
        text: '窗口说材料不全，已经跑了两次还没有办成',
        photos: [],
      }),
    });
    const grant = await postAsConsole<PersonGrant>(page, '/api/v1/admin/people', {
      phone: clerk.phone,
      role: 'staff',
      centerId: place.id,
    });
    await page.locator('.e2e-menu-queues').click();
    await expect(page).toHaveURL(/#\/queues$/);
    await page.locator('.e2e-queues-kind').getByText('办不成事').click();
    const list = await apiAsConsole<QueueList>(page, `/api/v1/admin/queues?county=${enc(county)}&kind=case&open=true`);
    const item = list.items.find((i) => i.number === filed.number);
    expect(item, `${filed.number} in the queue`).toMatchObject({ kind: 'case', centerId: place.id, assignee: null });
    await expect(page.locator('.e2e-queue .e2e-queue-row')).toHaveCount(Math.min(20, list.items.length));
    const row = page.locator('.e2e-queue-row', { hasText: filed.number });
    await expect(row).toContainText('办不成事');
    await expect(row).toContainText(place.name);
    await expect(row.locator('.e2e-queue-assignee')).toHaveText('未指派');
    await shot(page, 'console-queues.png');

    await row.locator('.e2e-assign').click();
    const modal = page.locator('.e2e-assign-modal');
    await modal.locator('.e2e-assign-person').click();
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option', { hasText: grant.phone }).click();
    await shot(page, 'console-queues-assign.png');
    await modal.locator('.e2e-assign-submit').click();
    await expect(modal).toBeHidden();
    const assigned = (
      await apiAsConsole<QueueList>(page, `/api/v1/admin/queues?county=${enc(county)}&kind=case&open=true`)
    ).items.find((i) => i.number === filed.number)!;
    expect(assigned.assignee).toBe(grant.name);
    await expect(row.locator('.e2e-queue-assignee')).toHaveText(grant.name);
    await shot(page, 'console-queues-assigned.png');
  });

  test('search gaps: a resident’s search that finds nothing is listed in 搜索缺口 (the recorder flushes every few seconds)', async () => {
    for (let i = 0; i < 2; i++) {
      const found = await fetch(new URL(`/api/v1/matters?q=${enc(NOWHERE)}`, base));
      expect(found.status).toBe(200);
      expect(((await found.json()) as MatterPage).total).toBe(0);
    }
    // Recorded in the background: the gap shows up within a few seconds.
    let counted = 0;
    await expect
      .poll(
        async () => {
          const gaps = await apiAsConsole<SearchGapList>(page, '/api/v1/admin/search-gaps?days=30');
          counted = gaps.items.find((g) => g.query === NOWHERE)?.count ?? 0;
          return counted;
        },
        { timeout: 20_000, intervals: [1000] },
      )
      .toBeGreaterThan(0);
    await page.locator('.e2e-menu-search-gaps').click();
    await expect(page).toHaveURL(/#\/search-gaps$/);
    await expect(page.locator('.e2e-gaps-period .ant-segmented-item-selected')).toHaveText('近30天');
    const row = page.locator('.e2e-gap-row', { hasText: NOWHERE });
    await expect(row).toBeVisible();
    await expect(row.locator('.e2e-gap-count')).toHaveText(String(counted));
    await page.locator('.e2e-gaps-period').getByText('近7天').click();
    await expect(page.locator('.e2e-gaps-period .ant-segmented-item-selected')).toHaveText('近7天');
    await expect(row.locator('.e2e-gap-count')).toHaveText(String(counted));
    // The queues page's 已指派 message would cover the header in the picture.
    await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
    await shot(page, 'console-search-gaps.png');
  });

  test('search gaps: 添加同义词 maps the word to 社会保障卡; it is listed as 下次目录同步后生效 and the row says 已添加同义词', async () => {
    const row = page.locator('.e2e-gap-row', { hasText: NOWHERE });
    await row.locator('.e2e-add-synonym').click();
    const modal = page.locator('.e2e-synonym-modal');
    await expect(modal).toBeVisible();
    await expect(modal.locator('.e2e-synonym-says input')).toHaveValue(NOWHERE);
    const means = modal.locator('.e2e-synonym-means input');
    // A phrase typed twice (once with spaces around it) is sent once.
    for (const typed of ['社会保障卡', ' 社会保障卡 ']) {
      await means.fill(typed);
      await means.press('Enter');
    }
    const sentence = synonymSentence({ says: NOWHERE, means: ['社会保障卡'] });
    await expect(modal.locator('.e2e-synonym-preview')).toHaveText(sentence);
    await shot(page, 'console-search-gaps-add.png');
    await modal.locator('.e2e-synonym-submit').click();
    await expect(modal).toBeHidden();

    const { items } = await apiAsConsole<SynonymList>(page, '/api/v1/admin/synonyms');
    const added = items.find((s) => s.says === NOWHERE);
    expect(added, `${NOWHERE} among the synonyms`).toMatchObject({ means: ['社会保障卡'], county, inEffect: false });
    const listed = page.locator('.e2e-synonym-row', { hasText: NOWHERE });
    await expect(listed).toContainText('社会保障卡');
    await expect(listed).toContainText(county);
    await expect(listed.locator('.e2e-synonym-state')).toHaveText('下次目录同步后生效');
    await expect(row.locator('.e2e-gap-has-synonym')).toHaveText('已添加同义词');
    await expect(page.locator('.ant-message-notice')).toHaveCount(0, { timeout: 10_000 });
    await listed.scrollIntoViewIfNeeded();
    await shot(page, 'console-search-gaps-added.png');
  });

  test('search gaps: 删除 after a confirmation removes another synonym and leaves the new one', async () => {
    const other = await postAsConsole<OperatorSynonym>(page, '/api/v1/admin/synonyms', {
      says: '嘿嘿另一个说法',
      means: ['社会保障卡'],
    });
    await page.locator('.e2e-gaps-refresh').click();
    const row = page.locator('.e2e-synonym-row', { hasText: other.says });
    await expect(row).toBeVisible();
    await row.locator('.e2e-synonym-delete').click();
    await page.locator('.e2e-synonym-delete-confirm').click();
    await expect(row).toHaveCount(0);
    await expect(page.locator('.e2e-synonym-row', { hasText: NOWHERE })).toHaveCount(1);
    const { items } = await apiAsConsole<SynonymList>(page, '/api/v1/admin/synonyms');
    expect(items.map((s) => s.says)).toContain(NOWHERE);
    expect(items.map((s) => s.id)).not.toContain(other.id);
    await page.locator('.e2e-menu-audit').click();
    await expect(page.locator('.e2e-audit-row', { hasText: other.says }).first()).toContainText('删除搜索同义词');
    await expect(page.locator('.e2e-audit-row', { hasText: NOWHERE })).toContainText('添加搜索同义词');
  });
});
