// 掌上办 applications: the form of a matter, drafts, uploads, submission, progress and supplements (补正).
import type { LicenceTypeRef } from './catalog';

export type FormFieldType = 'text' | 'textarea' | 'id-number' | 'phone' | 'date' | 'number' | 'choice';

export interface FormField {
  /** Stable within a form version: applicantName, reason, insuranceType … */
  key: string;
  label: string;
  type: FormFieldType;
  required: boolean;
  maxLength: number | null;
  /** A JavaScript regular expression the value must match (checked on the server too). */
  pattern: string | null;
  /** For 'choice'. */
  choices: string[] | null;
  hint: string | null;
  /**
   * Filled from the real-name profile and locked: the app shows `prefill` (masked) and the server attaches the
   * verified value itself, so a resident never retypes an ID number and cannot apply in someone else's name.
   */
  locked: boolean;
  /** What the app shows in a locked field, or a suggestion for an open one. */
  prefill: string | null;
}

export type UploadKind = 'image' | 'pdf';

export interface FormMaterial {
  /** m1, m2 … in the guide's order */
  key: string;
  name: string;
  required: boolean;
  note: string | null;
  /** When set, an e-licence of this type replaces the paper (授权用证: the resident consents for this matter). */
  licenceType: LicenceTypeRef | null;
  accept: UploadKind[];
  maxFiles: number;
}

export type DeliveryMethod = 'window' | 'mail';

/** GET /api/v1/matters/:code/form */
export interface ApplicationForm {
  matterCode: string;
  matterName: string;
  /** Changes when the guide changes; a draft of an older version is migrated field by field. */
  formVersion: string;
  fields: FormField[];
  materials: FormMaterial[];
  delivery: { methods: DeliveryMethod[]; windowAddress: string | null };
  promisedDays: number;
}

export type MaterialAnswer = { kind: 'licence'; licenceId: string } | { kind: 'upload'; uploadIds: string[] };

export interface MailAddress {
  recipient: string;
  phone: string;
  /** 河南省安阳市林州市任村镇 */
  region: string;
  detail: string;
}

export interface Delivery {
  method: DeliveryMethod;
  address?: MailAddress;
}

/** What a resident has filled in (a draft) or submits. Locked fields are not sent: the server fills them. */
export interface ApplicationInput {
  matterCode: string;
  values: Record<string, string>;
  materials: Record<string, MaterialAnswer>;
  delivery: Delivery | null;
}

/** PUT /api/v1/application-drafts/:id (the app picks the id, a UUID, when the resident starts). */
export interface DraftInput extends ApplicationInput {
  /** The step the resident was on, to resume there. */
  step?: string;
}

export interface ApplicationDraft extends DraftInput {
  id: string;
  matterName: string;
  formVersion: string;
  updatedAt: string;
  /** Kept 30 days after the last save. */
  expiresAt: string;
}

export interface DraftList {
  items: ApplicationDraft[];
}

/** POST /api/v1/uploads (multipart, field `file`): images are re-encoded without their metadata. */
export interface Upload {
  id: string;
  kind: UploadKind;
  /** The file name shown back, cleaned of path characters. */
  name: string;
  size: number;
  width: number | null;
  height: number | null;
  createdAt: string;
}

/** POST /api/v1/applications (Idempotency-Key header). */
export interface ApplicationRequest extends ApplicationInput {
  /** The draft this came from: removed once the application is recorded. */
  draftId?: string;
  /** The resident agreed to status messages (WeChat subscribe message / Alipay template message). */
  notify?: boolean;
}

/**
 * 已提交 is ours (recorded, on its way to the platform); the rest are the platform's steps. 补正 waits for the
 * resident; 不予受理 and 送达 end it (办结 ends it when nothing is to be delivered).
 */
export type ApplicationStatus =
  | 'submitted'
  | 'pre-review'
  | 'accepted'
  | 'rejected'
  | 'supplement'
  | 'review'
  | 'decided'
  | 'completed'
  | 'delivered';

export interface TimelineStep {
  status: ApplicationStatus;
  /** 已提交, 预审, 受理 … */
  label: string;
  at: string;
  office: string | null;
  note: string | null;
}

export interface SupplementItem {
  /** A form field key or a material key. */
  key: string;
  label: string;
  kind: 'field' | 'material';
  reason: string;
}

export interface SupplementRequest {
  id: string;
  requestedAt: string;
  items: SupplementItem[];
  answeredAt: string | null;
}

export interface ApplicationSummary {
  id: string;
  matterCode: string;
  matterName: string;
  status: ApplicationStatus;
  statusLabel: string;
  /** 办件编号: null until the platform has accepted the submission. */
  number: string | null;
  submittedAt: string;
  updatedAt: string;
  /** 承诺办结 date, counted in working days from acceptance (from submission until then). */
  promisedBy: string | null;
  /** A 补正 is waiting for the resident. */
  actionNeeded: boolean;
  /** Submissions of one theme (一件事一次办) share this. */
  themeId: string | null;
}

export interface ApplicationList {
  items: ApplicationSummary[];
}

export interface ApplicationDetail extends ApplicationSummary {
  /** For the public progress query, together with the number. */
  queryCode: string | null;
  timeline: TimelineStep[];
  supplement: SupplementRequest | null;
  delivery: Delivery | null;
  materials: { key: string; name: string; answer: 'licence' | 'upload' | 'none' }[];
}

/** POST /api/v1/applications/:id/supplements: answers exactly the items asked. */
export interface SupplementAnswer {
  values?: Record<string, string>;
  materials?: Record<string, MaterialAnswer>;
}

/** GET /api/v1/progress?number=&code= — no personal data. */
export interface PublicProgress {
  number: string;
  matterName: string;
  status: ApplicationStatus;
  statusLabel: string;
  submittedAt: string;
  promisedBy: string | null;
  timeline: TimelineStep[];
}

/** A material of a theme's combined form: asked once, used by every matter of the theme that needs it. */
export interface ThemeFormMaterial extends FormMaterial {
  matterCodes: string[];
}

/** GET /api/v1/themes/:id/form: one form for the 掌上办 matters of a theme (一件事一次办, 一表申请). */
export interface ThemeForm {
  themeId: string;
  themeName: string;
  matters: { code: string; name: string }[];
  /** Matters of the theme that cannot be done on the phone: the resident is told where to go for them. */
  atWindow: { code: string; name: string }[];
  formVersion: string;
  fields: FormField[];
  materials: ThemeFormMaterial[];
  delivery: { methods: DeliveryMethod[]; windowAddress: string | null };
  /** The longest promise among the matters (they are handled in parallel). */
  promisedDays: number;
}

/** POST /api/v1/theme-applications: one form for a theme's matters, submitted as linked applications. */
export interface ThemeApplicationRequest {
  themeId: string;
  values: Record<string, string>;
  materials: Record<string, MaterialAnswer>;
  delivery: Delivery | null;
  notify?: boolean;
}

export interface ThemeApplicationResult {
  themeId: string;
  items: ApplicationSummary[];
}
