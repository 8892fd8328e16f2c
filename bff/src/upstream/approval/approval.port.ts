// The provincial approval system (审批/办件): takes applications, reports their steps, takes 补正 answers.

export type ApprovalStatus =
  | 'SUBMITTED'
  | 'PRE_REVIEW'
  | 'ACCEPTED'
  | 'REJECTED'
  | 'NEED_SUPPLEMENT'
  | 'IN_REVIEW'
  | 'DECIDED'
  | 'COMPLETED'
  | 'DELIVERED';

export type ApprovalMaterial =
  | { key: string; name: string; kind: 'licence'; licenceId: string; licenceType: string }
  | {
      key: string;
      name: string;
      kind: 'file';
      fileName: string;
      contentType: string;
      sha256: string;
      size: number;
      content: Buffer;
    };

export interface ApprovalSubmission {
  matterCode: string;
  matterName: string;
  applicant: { name: string; idNumber: string; phone: string };
  form: Record<string, string>;
  materials: ApprovalMaterial[];
  delivery: {
    method: 'window' | 'mail';
    address?: { recipient: string; phone: string; region: string; detail: string };
  } | null;
  themeId: string | null;
  linkedKey: string | null;
}

export interface ApprovalReceipt {
  applicationNo: string;
  queryCode: string;
  acceptedAt: Date;
}

export interface ApprovalEvent {
  eventId: string;
  seq: number;
  status: ApprovalStatus;
  at: Date;
  office: string | null;
  note: string | null;
  supplement: {
    requestId: string;
    items: { key: string; label: string; kind: 'field' | 'material'; reason: string }[];
  } | null;
}

export interface ApprovalRecord {
  applicationNo: string;
  status: ApprovalStatus;
  events: ApprovalEvent[];
}

export abstract class ApprovalPlatform {
  /** Delivers an application; the same idempotency key always answers the first receipt and creates nothing twice. */
  abstract submit(submission: ApprovalSubmission, idempotencyKey: string): Promise<ApprovalReceipt>;
  abstract get(applicationNo: string): Promise<ApprovalRecord>;
  abstract supplement(
    applicationNo: string,
    answer: { requestId: string; form: Record<string, string>; materials: ApprovalMaterial[] },
    idempotencyKey: string,
  ): Promise<void>;
}
