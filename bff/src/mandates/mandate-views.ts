import type { Mandate, MandateAction } from '@zsb/contracts';
import { toShanghaiIso } from '../common/time';
import { stateOf } from './mandate-rules';
import type { MandateActionRow, MandateRow } from './mandates.repository';

export interface MandateNames {
  principalName: string;
  helperName: string;
  centerName: string | null;
}

/** A 委托 as either side sees it: names masked on both sides, never an ID number or phone. */
export function mandateView(row: MandateRow, names: MandateNames, reader: string, now: Date): Mandate {
  return {
    id: row.id,
    kind: row.kind,
    level: row.level,
    matters: row.matters,
    licenceTypes: row.licence_types,
    principalName: names.principalName,
    helperName: names.helperName,
    centerName: names.centerName,
    grantedVia: row.granted_via,
    grantedAt: toShanghaiIso(row.granted_at),
    expiresAt: toShanghaiIso(row.expires_at),
    revokedAt: row.revoked_at ? toShanghaiIso(row.revoked_at) : null,
    state: stateOf(
      { level: row.level, matters: row.matters, expiresAt: row.expires_at, revokedAt: row.revoked_at },
      now,
    ),
    role: row.principal_id === reader ? 'principal' : 'helper',
  };
}

export function actionView(row: MandateActionRow, helperName: string): MandateAction {
  return {
    at: toShanghaiIso(row.at),
    helperName,
    label: row.action,
    matterName: row.matter_name,
    subjectId: row.subject_id,
  };
}
