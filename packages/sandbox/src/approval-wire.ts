// Wire formats of the provincial approval system (审批/办件) as CONTRACT.md describes them. snake_case on purpose:
// the platform's names, seen only by the BFF's approval adapter.

export const APPROVAL_STATUSES = [
  'SUBMITTED',
  'PRE_REVIEW',
  'ACCEPTED',
  'REJECTED',
  'NEED_SUPPLEMENT',
  'IN_REVIEW',
  'DECIDED',
  'COMPLETED',
  'DELIVERED',
] as const;

export type ApprovalStatus = (typeof APPROVAL_STATUSES)[number];

export interface LicenceMaterial {
  key: string;
  name: string;
  kind: 'licence';
  licence_id: string;
  licence_type: string;
}

export interface FileMaterial {
  key: string;
  name: string;
  kind: 'file';
  file_name: string;
  content_type: string;
  /** hex SHA-256 of the decoded content. */
  sha256: string;
  size: number;
  content_base64: string;
}

export type ApplicationMaterial = LicenceMaterial | FileMaterial;

export interface PostalAddress {
  recipient: string;
  phone: string;
  region: string;
  detail: string;
}

export type Delivery = { method: 'window' } | { method: 'mail'; address: PostalAddress };

export interface ApplicationRequest {
  matter_code: string;
  matter_name: string;
  applicant: { name: string; id_number: string; phone: string };
  form: Record<string, string>;
  materials: ApplicationMaterial[];
  delivery: Delivery | null;
  theme_id: string | null;
  linked_key: string | null;
}

export interface ApplicationReceipt {
  application_no: string;
  query_code: string;
  status: 'SUBMITTED';
  accepted_at: string;
}

export interface SupplementItem {
  key: string;
  label: string;
  kind: 'field' | 'material';
  reason: string;
}

export interface SupplementRequest {
  request_id: string;
  items: SupplementItem[];
}

export interface SupplementAnswer {
  request_id: string;
  form: Record<string, string>;
  materials: ApplicationMaterial[];
}

export interface SupplementReceipt {
  application_no: string;
  request_id: string;
  status: 'PRE_REVIEW';
  accepted_at: string;
}

export interface ApplicationEvent {
  event_id: string;
  seq: number;
  status: ApprovalStatus;
  at: string;
  office: string;
  note: string;
  supplement: SupplementRequest | null;
}

export interface ApplicationView {
  application_no: string;
  matter_code: string;
  status: ApprovalStatus;
  query_code: string;
  submitted_at: string;
  promised_days: number;
  events: ApplicationEvent[];
}

/** The body of a status-change callback: one event and the application it belongs to. */
export interface ApprovalCallback extends ApplicationEvent {
  application_no: string;
}

/** A row of GET /__sandbox/approval/applications. */
export interface ApplicationListing {
  application_no: string;
  idempotency_key: string;
  receipts: number;
  status: ApprovalStatus;
  matter_code: string;
  applicant_name: string;
}

export interface SentMessage {
  channel: 'wechat' | 'alipay';
  to: string;
  template_id: string;
  page: string | null;
  data: Record<string, unknown>;
  at: string;
}
