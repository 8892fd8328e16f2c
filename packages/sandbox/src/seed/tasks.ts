import type { OnlineDepth, Task } from '../wire';
import type { RawData, RawMatter } from './data';
import { basisFor, deptFor, profileOf } from './domains';
import { addressesOf, countyHalls, processOf } from './guide-text';
import { assignLevels } from './levels';
import { LicenceIndex } from './licences';
import { buildMaterials } from './materials';
import { localiseText, namesElsewhere } from './localise';
import { catalogRecords } from './names';
import { rngFor } from './prng';
import { depthFromSource, feeOf, mustBeInPerson, taskTypeOf, timingOf, visitsFor } from './timing';
import { popularityOf } from './popularity';

/** How many matters are doable on the phone (policy target 300+; the brief asks for 325–340). */
export const MOBILE_READY_TARGET = 332;

const KIND_CODE: Record<string, string> = {
  行政许可: '01',
  行政给付: '05',
  行政确认: '07',
  行政奖励: '08',
  行政裁决: '09',
  其他行政权力: '10',
  公共服务: '20',
};

// The catalog's "basic code" segment: domain, department line, kind. The serial is the record number, so a
// code never changes for a record and never collides.
function taskCode(raw: RawMatter, domainIndex: string, deptName: string, taskType: string): string {
  const dept = String(rngFor('dept', deptName).int(0, 89) + 10).padStart(2, '0');
  const serial = Number(raw.id.replace(/\D/g, '')) % 1000;
  return `410500-${domainIndex}${dept}${KIND_CODE[taskType] ?? '20'}-${String(serial).padStart(3, '0')}`;
}

/** Online depth of every matter: the source's where it says, otherwise the most phone-friendly ones first. */
function assignDepths(matters: readonly RawMatter[]): Map<string, OnlineDepth> {
  const depths = new Map<string, OnlineDepth>();
  const free: { id: string; score: number }[] = [];
  for (const m of matters) {
    const r = rngFor(m.id, 'depth');
    const fromSource = depthFromSource(m);
    if (fromSource) depths.set(m.id, fromSource);
    else if (mustBeInPerson(m.name)) depths.set(m.id, r.chance(0.6) ? '2' : '1');
    else {
      const bonus = /查询|打印|咨询|预约|认证|激活|密码|参保|变更|申领|备案|报告|开具/.test(m.name) ? 0.3 : 0;
      free.push({ id: m.id, score: profileOf(m.domain).mobile + bonus + r.next() * 0.5 });
    }
  }
  let mobile = [...depths.values()].filter((d) => d >= '3').length;
  free.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id));
  for (const f of free) {
    const r = rngFor(f.id, 'depth-level');
    if (mobile < MOBILE_READY_TARGET) {
      depths.set(f.id, r.chance(f.score > 1.2 ? 0.75 : 0.45) ? '4' : '3');
      mobile++;
    } else depths.set(f.id, r.chance(0.65) ? '2' : '1');
  }
  return depths;
}

function sevenDigits(key: string): string {
  const r = rngFor('tel', key);
  return `${r.pick(['2', '3', '5', '6'])}${String(r.int(0, 999999)).padStart(6, '0')}`;
}

export function buildTasks(data: RawData, updatedAt: (id: string) => string): Task[] {
  const records = catalogRecords(data.matters, data.guides);
  const matters = records.map((r) => r.raw);
  const depths = assignDepths(matters);
  const levels = assignLevels(matters.map((raw) => ({ raw, profile: profileOf(raw.domain) })));
  const licences = new LicenceIndex(data.licenceTypes);
  const halls = countyHalls(data.divisions);

  const tasks = records.map(({ raw, name, guide }): Task => {
    const rng = rngFor(raw.id, 'guide');
    const profile = profileOf(raw.domain);
    const sample = new Set<string>([
      'dept_name',
      'use_level',
      'popularity',
      'link_tel',
      'supervise_tel',
      'transact_addr',
    ]);

    const kind = taskTypeOf(raw);
    if (kind.inferred) sample.add('task_type');
    const timing = timingOf(raw, kind.type, rng);
    timing.filled.forEach((f) => sample.add(f));
    const depth = depths.get(raw.id) ?? '1';
    if (!depthFromSource(raw)) sample.add('online_depth');
    const visits = raw.maxVisits ?? visitsFor(depth, rng);
    if (raw.maxVisits === null) sample.add('limit_scene_num');
    const fee = feeOf(raw.name, raw.fee);
    if (fee.filled) sample.add('is_charge').add('charge_desc');
    const rawMaterials = raw.materials?.map(localiseText) ?? null;
    const mats = buildMaterials(name, profile.slug, rawMaterials, depth >= '3', licences, rng);
    if (!raw.materials) sample.add('materials');
    if (mats.sampleCertCode) sample.add('cert_type_code');

    const lawFromSource = guide?.legalBasis
      ? guide.legalBasis
          .split(/[；;]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
    // Another province's rule (《山东省老年人权益保障条例》, 鲁政发〔2015〕27号) does not bind in Anyang: it is
    // dropped and the national law the matter rests on is cited instead.
    const lawHere = lawFromSource.filter((l) => !namesElsewhere(l));
    const byLaw =
      lawHere.length === 0
        ? basisFor(name, profile)
        : lawHere.length < lawFromSource.length
          ? [...new Set([...lawHere, ...basisFor(name, profile)])]
          : lawHere;
    if (!lawHere.length) sample.add('by_law');
    const conditions = guide?.conditions?.length ? guide.conditions.map(localiseText) : profile.conditions;
    if (!guide?.conditions?.length) sample.add('accept_condition');
    const steps = processOf(guide, depth, timing.serviceType === '1', timing.promised);
    if (steps.filled) sample.add('process');

    const dept = deptFor(raw.department, profile);
    const useLevel = levels.get(raw.id) ?? '1';
    return {
      task_code: taskCode(raw, profile.index, dept.key, kind.type),
      task_name: name,
      task_type: kind.type,
      theme_type_code: profile.slug,
      theme_type_name: profile.name,
      dept_name: dept.name,
      use_level: useLevel,
      online_depth: depth,
      service_type: timing.serviceType,
      anticipate_day: timing.legal,
      promise_day: timing.promised,
      limit_scene_num: visits,
      by_law: byLaw,
      accept_condition: conditions,
      materials: mats.materials,
      process: steps.steps.map((s) => ({ step_name: localiseText(s.step_name), step_desc: localiseText(s.step_desc) })),
      is_charge: fee.charge,
      charge_desc: fee.desc,
      transact_addr: addressesOf(useLevel, dept.window, halls),
      link_tel: `0372-${sevenDigits(dept.key)}`,
      supervise_tel: '0372-12345',
      popularity: popularityOf(raw, profile),
      sample_fields: [...sample].sort(),
      source_name: raw.source,
      source_task_name: raw.name,
      source_url: raw.sourceUrl,
      updated_at: updatedAt(raw.id),
    };
  });
  return tasks.sort((a, b) => a.task_code.localeCompare(b.task_code));
}
