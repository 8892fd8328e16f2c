#!/usr/bin/env node
// Window staff (窗口工作人员) accounts, for an operator: a resident who has signed in and completed 实名认证 in
// the app is given a center scope, and can then check residents in at that center's windows.
//
//   node bff/scripts/staff.mjs grant  <phone> <centerId> [clerk|admin|agent]   (admin: 中心管理员; grant again to change)
//   node bff/scripts/staff.mjs revoke <phone> <centerId> [agent]
//
// agent: a 帮办代办员 of that center or village station, who may act for residents under the 委托 they grant (not
// window staff: an agent checks nobody in). Their 委托 stop working while they are not the center's agent.
//   node bff/scripts/staff.mjs grant  <phone> <county> county   (县级管理员 of a county, e.g. 林州市)
//   node bff/scripts/staff.mjs revoke <phone> <county> county
// The first county admin is made here; after that, county and center admins grant and revoke every role in the
// operators' console (/console, 人员与角色). Every change made here is written to the console's audit log too.
//   node bff/scripts/staff.mjs list
//
// Reads the same configuration and environment as the BFF (DATABASE_URL, DATA_DIR, PII_HASH_KEY …). On the
// embedded PGlite the BFF must be stopped first (PGlite is one process's database): while it runs, this refuses,
// naming its process. On PostgreSQL it need not be.
// Needs the server build (npm run build:server).
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const { loadConfig } = require('../dist/config/config.loader.js');
const { openDatabase, pgliteDirFor } = require('../dist/database/connection.js');
const { migrate } = require('../dist/database/migrator.js');
const { PiiCipher } = require('../dist/common/pii-cipher.js');
const { sql } = require('kysely');
const { maskName, maskPhone } = require('@zsb/domain');

const [command, phone, centerId, role = 'clerk'] = process.argv.slice(2);
const usage =
  'usage: staff.mjs grant <phone> <centerId> [clerk|admin|agent] | grant <phone> <county> county | revoke <phone> <centerId|county> [agent|county] | list';
const placeOk = role === 'county' ? /^[\u4e00-\u9fa5（）()·]{2,20}$/ : /^[A-Z][A-Z0-9-]{2,31}$/;
if (
  !['grant', 'revoke', 'list'].includes(command) ||
  !['clerk', 'admin', 'agent', 'county'].includes(role) ||
  (command !== 'list' && (!/^1\d{10}$/.test(phone ?? '') || !placeOk.test(centerId ?? '')))
) {
  console.error(usage);
  process.exit(2);
}

const config = loadConfig(process.env);
let handle;
try {
  handle = await openDatabase({ databaseUrl: config.databaseUrl, pgliteDir: pgliteDirFor(config.dataDir) });
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exit(e?.name === 'DataFolderInUseError' ? 75 : 1);
}
try {
  await migrate(handle);
  const db = handle.db;
  if (command === 'list') {
    const rows = await db
      .selectFrom('staff_member')
      .innerJoin('center', 'center.id', 'staff_member.center_id')
      .select([
        'staff_member.resident_id',
        'staff_member.center_id',
        'staff_member.role',
        'center.name',
        'staff_member.granted_at',
      ])
      .distinctOn(['staff_member.resident_id', 'staff_member.center_id'])
      .execute();
    for (const r of rows)
      console.log(`${r.resident_id}\t${r.center_id}\t${r.role}\t${r.name}\t${r.granted_at.toISOString()}`);
    console.log(`${rows.length} staff scope(s)`);
    const agents = await db
      .selectFrom('agent_member')
      .innerJoin('center', 'center.id', 'agent_member.center_id')
      .select(['agent_member.resident_id', 'agent_member.center_id', 'center.name', 'agent_member.granted_at'])
      .distinctOn(['agent_member.resident_id', 'agent_member.center_id'])
      .execute();
    for (const r of agents)
      console.log(`${r.resident_id}\t${r.center_id}\tagent\t${r.name}\t${r.granted_at.toISOString()}`);
    console.log(`${agents.length} agent scope(s)`);
  } else {
    const cipher = new PiiCipher(config);
    const hash = cipher.blindIndex('phone', phone);
    const resident = await db
      .selectFrom('resident')
      .select(['id', 'name_enc'])
      .where('phone_hash', '=', hash)
      .where('verified_at', 'is not', null)
      .executeTakeFirst();
    if (!resident)
      throw new Error('no verified resident with this phone: they must sign in and complete 实名认证 in the app first');
    const audit = (action, county, center, before, after) =>
      db
        .insertInto('admin_audit')
        .values({
          actor_id: null,
          action,
          county,
          center_id: center,
          // masked like the console's own lines: never a full name or phone in the log
          target: `${resident.name_enc ? maskName(cipher.decrypt(resident.name_enc)) : ''} ${maskPhone(phone)} @ ${center ?? county}`,
          before: before && JSON.stringify(before),
          after: after && JSON.stringify(after),
        })
        .execute();
    if (role === 'county') {
      const county = centerId;
      const known = await sql`SELECT 1 FROM center WHERE body->>'county' = ${county} LIMIT 1`.execute(db);
      if (known.rows.length === 0) throw new Error(`no county ${county} in the synced catalog`);
      if (command === 'grant') {
        const r = await db
          .insertInto('county_admin')
          .values({ resident_id: resident.id, county })
          .onConflict((oc) => oc.doNothing())
          .executeTakeFirst();
        if (Number(r.numInsertedOrUpdatedRows))
          await audit('people.grant', county, null, null, { 角色: '县级管理员', 范围: county });
        console.log(`granted: resident ${resident.id} is a county admin (县级管理员) of ${county}`);
      } else {
        const r = await db
          .deleteFrom('county_admin')
          .where('resident_id', '=', resident.id)
          .where('county', '=', county)
          .executeTakeFirst();
        if (Number(r.numDeletedRows))
          await audit('people.revoke', county, null, { 角色: '县级管理员', 范围: county }, null);
        console.log(Number(r.numDeletedRows) ? `revoked: county admin of ${county}` : 'nothing to revoke');
      }
    } else {
      const center = await db
        .selectFrom('center')
        .select(['name', sql`body->>'county'`.as('county')])
        .where('id', '=', centerId)
        .executeTakeFirst();
      if (!center) throw new Error(`no center ${centerId} in the synced catalog`);
      const countyOf = center.county;
      if (role === 'agent') {
        if (command === 'grant') {
          await db
            .insertInto('agent_member')
            .values({ resident_id: resident.id, center_id: centerId })
            .onConflict((oc) => oc.doNothing())
            .execute();
          await audit('people.grant', countyOf, centerId, null, { 角色: '帮办代办员', 范围: center.name });
          console.log(`granted: resident ${resident.id} is a 帮办代办员 of ${centerId} ${center.name}`);
        } else {
          const r = await db
            .deleteFrom('agent_member')
            .where('resident_id', '=', resident.id)
            .where('center_id', '=', centerId)
            .executeTakeFirst();
          if (Number(r.numDeletedRows)) await audit('people.revoke', countyOf, centerId, { 角色: '帮办代办员' }, null);
          console.log(Number(r.numDeletedRows) ? `revoked: agent of ${centerId} ${center.name}` : 'nothing to revoke');
        }
      } else if (command === 'grant') {
        await db
          .insertInto('staff_member')
          .values({ resident_id: resident.id, center_id: centerId, role })
          .onConflict((oc) => oc.columns(['resident_id', 'center_id']).doUpdateSet({ role }))
          .execute();
        const what = role === 'admin' ? 'the center admin (中心管理员)' : 'window staff';
        await audit('people.grant', countyOf, centerId, null, {
          角色: role === 'admin' ? '中心管理员' : '窗口人员',
          范围: center.name,
        });
        console.log(`granted: resident ${resident.id} is ${what} of ${centerId} ${center.name}`);
      } else {
        const r = await db
          .deleteFrom('staff_member')
          .where('resident_id', '=', resident.id)
          .where('center_id', '=', centerId)
          .executeTakeFirst();
        console.log(Number(r.numDeletedRows) ? `revoked: ${centerId} ${center.name}` : 'nothing to revoke');
        if (Number(r.numDeletedRows)) await audit('people.revoke', countyOf, centerId, { 角色: '窗口人员' }, null);
      }
    }
  }
} catch (e) {
  console.error(e instanceof Error ? e.message : e);
  process.exitCode = 1;
} finally {
  await handle.close();
}
