import type { OnlineDepth, Task } from '../wire';
import type { RawData, RawMatter } from './data';
import { basisFor, deptFor, profileOf } from './domains';
import { addressesOf, processOf } from './guide-text';
import { assignLevels } from './levels';
import { LicenceIndex } from './licences';
import { buildMaterials } from './materials';
import { catalogNames } from './names';
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
  const names = catalogNames(data.matters);
  const depths = assignDepths(data.matters);
  const levels = assignLevels(data.matters.map((raw) => ({ raw, profile: profileOf(raw.domain) })));
  const licences = new LicenceIndex(data.licenceTypes);

  const tasks = data.matters.map((raw): Task => {
    const rng = rngFor(raw.id, 'guide');
    const guide = data.guides.get(raw.id);
    const profile = profileOf(raw.domain);
    const name = names.get(raw.id) ?? raw.name;
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
    const mats = buildMaterials(name, profile.slug, raw.materials, depth >= '3', licences, rng);
    if (!raw.materials) sample.add('materials');
    if (mats.sampleCertCode) sample.add('cert_type_code');

    const lawFromSource = guide?.legalBasis
      ? guide.legalBasis
          .split(/[；;]/)
          .map((s) => s.trim())
          .filter(Boolean)
      : [];
    // A rule of another province is kept (it is what the source cites) but the national law is added beside it.
    const foreign = lawFromSource.some((l) => /山东|广东|云南|安徽|四川|河北|鲁|粤|皖/.test(l));
    const byLaw =
      lawFromSource.length === 0
        ? basisFor(name, profile)
        : foreign
          ? [...lawFromSource, ...basisFor(name, profile)]
          : lawFromSource;
    if (!lawFromSource.length) sample.add('by_law');
    const conditions = guide?.conditions?.length ? guide.conditions : profile.conditions;
    if (!guide?.conditions?.length) sample.add('accept_condition');
    const steps = processOf(guide, depth, timing.serviceType === '1', timing.promised);
    if (steps.filled) sample.add('process');

    const deptName = deptFor(raw.department, profile);
    const useLevel = levels.get(raw.id) ?? '1';
    return {
      task_code: taskCode(raw, profile.index, deptName, kind.type),
      task_name: name,
      task_type: kind.type,
      theme_type_code: profile.slug,
      theme_type_name: profile.name,
      dept_name: deptName,
      use_level: useLevel,
      online_depth: depth,
      service_type: timing.serviceType,
      anticipate_day: timing.legal,
      promise_day: timing.promised,
      limit_scene_num: visits,
      by_law: byLaw,
      accept_condition: conditions,
      materials: mats.materials,
      process: steps.steps,
      is_charge: fee.charge,
      charge_desc: fee.desc,
      transact_addr: addressesOf(useLevel, deptName),
      link_tel: `0372-${sevenDigits(deptName)}`,
      supervise_tel: '0372-12345',
      popularity: popularityOf(raw, profile),
      sample_fields: [...sample].sort(),
      source_name: raw.source,
      source_url: raw.sourceUrl,
      updated_at: updatedAt(raw.id),
    };
  });
  return tasks.sort((a, b) => a.task_code.localeCompare(b.task_code));
}
