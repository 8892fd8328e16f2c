// The operators' console (issue 14), first pages: a resident signs in through the (sandbox) provincial identity
// service and is told the console is for admins; the operator script makes her 县级管理员 of her county; signed in
// again she reads the 达标看板 (each card equals the API's figure), drills into a township, opens the list behind a
// figure, exports the month report and opens the .xlsx with exceljs (its figures are the dashboard's), grants a
// verified resident 窗口人员 at a center and revokes it, and finds both changes in 审计日志. Screenshots at 1366×768.
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { AuditPage, DashboardReport, FigureList, PersonGrantList, Session } from '@zsb/contracts';
import { subjectOf, type Resident } from '@zsb/sandbox';
import ExcelJS from 'exceljs';
import { formatFigure, MET_LABEL, metState, reportFileName, beijingMonth } from '../../packages/console/src/lib/format';
import { formatThreshold } from '../../packages/console/src/lib/format';
import { placesSheetName, reportTitle, TARGET_SHEET } from '../../packages/console/src/lib/report';
import { sandboxResidents, smsCode, verifiedResident, type Verified } from '../h5/support/api';
import { ARTIFACTS, servers, staffScript } from '../h5/support/servers';
import { apiAsConsole, closeConsole, expect, openConsole, shot, test } from './support';

const masked = (phone: string) => `${phone.slice(0, 3)}****${phone.slice(7)}`;

test.describe.serial('operators’ console', () => {
  let base: string;
  let page: Page;
  let admin: Resident;
  let clerk: Resident;
  let clerkVerified: Verified;
  let county: string;
  let report: DashboardReport;

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
});
