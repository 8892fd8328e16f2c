import type { ApprovalEvent, ApprovalMaterial, ApprovalSubmission } from './approval.port';
import type { EventWire } from './approval.wire';

export function toApprovalEvent(w: EventWire): ApprovalEvent {
  return {
    eventId: w.event_id,
    seq: w.seq,
    status: w.status,
    at: new Date(w.at),
    office: w.office,
    note: w.note,
    supplement: w.supplement ? { requestId: w.supplement.request_id, items: w.supplement.items } : null,
  };
}

export function materialWire(m: ApprovalMaterial): Record<string, unknown> {
  return m.kind === 'licence'
    ? { key: m.key, name: m.name, kind: 'licence', licence_id: m.licenceId, licence_type: m.licenceType }
    : {
        key: m.key,
        name: m.name,
        kind: 'file',
        file_name: m.fileName,
        content_type: m.contentType,
        sha256: m.sha256,
        size: m.size,
        content_base64: m.content.toString('base64'),
      };
}

export function submissionWire(s: ApprovalSubmission): Record<string, unknown> {
  return {
    matter_code: s.matterCode,
    matter_name: s.matterName,
    applicant: { name: s.applicant.name, id_number: s.applicant.idNumber, phone: s.applicant.phone },
    form: s.form,
    materials: s.materials.map(materialWire),
    delivery: s.delivery,
    theme_id: s.themeId,
    linked_key: s.linkedKey,
  };
}
