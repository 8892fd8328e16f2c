import type { ColumnType, Generated } from 'kysely';

// Row types of the tables in bff/migrations. Kept by hand next to the SQL: the migrations are the truth,
// and database.types.spec.ts checks every column here exists in a migrated database.
type JsonColumn<T> = ColumnType<T, string, string>;

export interface CatalogSnapshotTable {
  id: Generated<number>;
  version: string;
  status: 'building' | 'active' | 'retired';
  matter_count: number;
  theme_count: number;
  center_count: number;
  synced_at: ColumnType<Date, Date | undefined, Date>;
}

export interface MatterTable {
  snapshot_id: number;
  code: string;
  name: string;
  domain_code: string;
  popularity: number;
  updated_at: ColumnType<Date, Date, Date>;
  guide: JsonColumn<unknown>;
}

export interface ThemeTable {
  snapshot_id: number;
  id: string;
  position: number;
  body: JsonColumn<unknown>;
}

export interface CenterTable {
  snapshot_id: number;
  id: string;
  name: string;
  kind: string;
  gcj02_lat: number;
  gcj02_lng: number;
  body: JsonColumn<unknown>;
}

export interface ResidentTable {
  id: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  name_enc: string | null;
  id_number_enc: string | null;
  id_number_hash: string | null;
  phone_enc: string | null;
  phone_hash: string | null;
  verified_at: Date | null;
  consent_version: string | null;
  consent_at: Date | null;
  merged_into: string | null;
}

export interface SignInTable {
  method: 'wechat' | 'alipay' | 'h5';
  subject: string;
  resident_id: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  last_used_at: ColumnType<Date, Date | undefined, Date>;
  /** The provincial identity service's verified identity of an H5 sign-in (encrypted JSON), when it gave one. */
  identity_enc: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface IdentityEventTable {
  id: string;
  resident_id: string;
  kind: 'verified' | 'joined' | 'phone-changed';
  proof: 'self' | 'window';
  sign_in_method: string | null;
  staff_resident_id: string | null;
  center_id: string | null;
  at: ColumnType<Date, Date | undefined, never>;
}

export interface SessionFamilyTable {
  id: string;
  resident_id: string;
  method: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  revoked_at: Date | null;
  revoked_reason: 'logout' | 'refresh-reuse' | 'merged' | null;
}

export interface RefreshTokenTable {
  token_hash: string;
  family_id: string;
  issued_at: ColumnType<Date, Date | undefined, never>;
  expires_at: Date;
  used_at: Date | null;
}

export interface LicenceUseTable {
  id: string;
  resident_id: string;
  licence_id: string;
  type_name: string;
  action: 'read' | 'display' | 'verify' | 'use';
  actor: 'self' | 'verifier' | 'application';
  actor_resident_id: string | null;
  purpose: string;
  at: ColumnType<Date, Date | undefined, never>;
}

export interface LicenceConsentTable {
  id: string;
  resident_id: string;
  type_code: string;
  type_name: string;
  matter_code: string;
  matter_name: string;
  purpose: string;
  granted_at: ColumnType<Date, Date | undefined, never>;
  revoked_at: Date | null;
}

export interface BookingSlotTable {
  center_id: string;
  starts_at: Date;
  group_code: string;
  capacity: number;
  taken: number;
}

export type BookingRowStatus = 'confirmed' | 'checked_in' | 'cancelled' | 'no_show';

export interface BookingTable {
  id: string;
  resident_id: string;
  center_id: string;
  matter_code: string;
  group_code: string;
  starts_at: Date;
  ends_at: Date;
  status: BookingRowStatus;
  check_in_code: string;
  idempotency_key: string | null;
  request_hash: string | null;
  from_waitlist: ColumnType<boolean, boolean | undefined, boolean>;
  created_at: ColumnType<Date, Date | undefined, never>;
  cancelled_at: Date | null;
  checked_in_at: Date | null;
  checked_in_by: string | null;
  /** The closure that moved or cancelled it, and what the resident was told. */
  closure_id: ColumnType<string | null, string | null | undefined, string | null>;
  notice: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface BookingWaitlistTable {
  id: string;
  resident_id: string;
  center_id: string;
  matter_code: string;
  group_code: string;
  starts_at: Date;
  status: 'waiting' | 'booked' | 'expired' | 'left';
  booking_id: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface StaffMemberTable {
  resident_id: string;
  center_id: string;
  /** clerk: window staff; admin: 中心管理员, who also decides a center's 申诉 and 无法整改. */
  role: 'clerk' | 'admin';
  granted_at: ColumnType<Date, Date | undefined, never>;
}

export interface NotificationTable {
  id: string;
  resident_id: string;
  kind: string;
  title: string;
  body: string;
  target: string | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  read_at: Date | null;
  push_channel: string | null;
  push_status: string | null;
}

export interface ApplicationDraftTable {
  id: string;
  resident_id: string;
  matter_code: string;
  form_version: string;
  body_enc: string;
  step: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  expires_at: Date;
}

export interface ApplicationTable {
  id: string;
  resident_id: string;
  matter_code: string;
  matter_name: string;
  theme_id: string | null;
  status: string;
  number: string | null;
  query_code: string | null;
  payload_enc: string;
  materials: JsonColumn<unknown>;
  notify: boolean;
  promised_days: number;
  idempotency_key: string | null;
  request_hash: string;
  submitted_at: ColumnType<Date, Date | undefined, never>;
  accepted_at: Date | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  last_polled_at: Date | null;
  owner_center_id: ColumnType<string | null, string | null | undefined, string | null>;
  /** When it ended (办结 or 不予受理): the first such step's time. */
  settled_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
}

export interface ApplicationOutboxTable {
  id: string;
  application_id: string;
  kind: 'submit' | 'supplement';
  upstream_key: string;
  body_enc: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, Date | undefined, Date>;
  last_error: string | null;
  done_at: Date | null;
  failed_at: Date | null;
  created_at: ColumnType<Date, Date | undefined, never>;
  /** The 委托 a helper delivered it under; null for the resident's own. */
  mandate_id: ColumnType<string | null, string | null | undefined, never>;
}

export interface ApplicationEventTable {
  application_id: string;
  seq: number;
  event_id: string;
  status: string;
  at: Date;
  office: string | null;
  note: string | null;
  supplement: JsonColumn<unknown> | null;
  received_at: ColumnType<Date, Date | undefined, never>;
}

export interface ApplicationSupplementTable {
  id: string;
  application_id: string;
  items: JsonColumn<unknown>;
  requested_at: Date;
  answered_at: Date | null;
}

// Uploads (bff/migrations/20261129100000_uploads.sql).
export interface UploadTable {
  id: string;
  resident_id: string;
  kind: 'image' | 'pdf';
  name: string;
  size: number;
  sha256: string;
  width: number | null;
  height: number | null;
  content_type: 'image/jpeg' | 'image/png' | 'application/pdf';
  storage_key: string;
  created_at: Date;
  expires_at: Date | null;
  attached_at: Date | null;
  attached_to: string | null;
}

// The key-value store's fallback while Redis cannot be reached (bff/migrations/20261203190000_kv_fallback.sql).
export interface KvFallbackTable {
  key: string;
  /** JSON, as it would have been stored in Redis; null once used or deleted. */
  value: string | null;
  expires_at: Date;
}

export interface ReviewTable {
  id: string;
  resident_id: string;
  subject_kind: 'application' | 'visit' | 'window';
  subject_id: string | null;
  center_id: string;
  title: string;
  place: string | null;
  level: number;
  indicator_set: string;
  indicators: JsonColumn<Record<string, number>>;
  reasons: JsonColumn<string[]>;
  content_enc: string;
  photos: JsonColumn<string[]>;
  revised: ColumnType<boolean, boolean | undefined, boolean>;
  answers: ColumnType<number, number | undefined, number>;
  open_until: Date;
  idempotency_key: string | null;
  request_hash: string;
  evaluation_id: string | null;
  case_no: string | null;
  case_state: string | null;
  case_opened_at: Date | null;
  case_reopened: ColumnType<boolean, boolean | undefined, boolean>;
  case_satisfied: ColumnType<boolean | null, boolean | null | undefined, boolean | null>;
  case_events: ColumnType<unknown[], string | undefined, string>;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  agent_id: ColumnType<string | null, string | null | undefined, never>;
  agent_relation: ColumnType<'agent' | 'family' | null, 'agent' | 'family' | null | undefined, never>;
  agent_name: ColumnType<string | null, string | null | undefined, never>;
  assignee_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface ReviewOutboxTable {
  id: string;
  review_id: string;
  seq: number;
  kind: 'submit' | 'revise' | 'answer';
  upstream_key: string;
  body_enc: string | null;
  attempts: ColumnType<number, number | undefined, number>;
  next_attempt_at: ColumnType<Date, Date | undefined, Date>;
  last_error: string | null;
  done_at: Date | null;
  failed_at: Date | null;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface FeedbackTable {
  id: string;
  number: string;
  resident_id: string;
  type: 'case' | 'consultation';
  kind: string | null;
  matter_code: string | null;
  application_id: string | null;
  booking_id: string | null;
  owner_center_id: string;
  text_enc: string;
  photos: JsonColumn<string[]>;
  state: 'received' | 'handling' | 'answered';
  /** YYYY-MM-DD (Beijing), stored as text. */
  due_on: string;
  answer_enc: string | null;
  idempotency_key: string | null;
  request_hash: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  answered_at: Date | null;
  assignee_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface FeedbackEventTable {
  feedback_id: string;
  seq: number;
  state: string;
  at: Date;
  staff_id: string | null;
  center_id: string | null;
  note_enc: string;
  idempotency_key: string | null;
}

export interface AgentMemberTable {
  resident_id: string;
  center_id: string;
  granted_at: ColumnType<Date, never, never>;
}

export interface CenterClosureTable {
  id: string;
  center_id: string;
  starts_at: Date;
  ends_at: Date;
  reason: 'power' | 'renovation' | 'weather' | 'other';
  note: string;
  created_by: string;
  idempotency_key: string | null;
  request_hash: string;
  moved: ColumnType<number, number | undefined, number>;
  cancelled: ColumnType<number, number | undefined, number>;
  waitlist_ended: ColumnType<number, number | undefined, number>;
  created_at: ColumnType<Date, never, never>;
}

export interface TargetMonthTable {
  center_id: string;
  month: string;
  counts: ColumnType<Record<string, number>, string, string>;
  computed_at: ColumnType<Date, Date | undefined, Date>;
}

export interface SearchMissTable {
  day: string;
  query: string;
  count: number;
  last_at: Date;
}

export interface SearchSynonymTable {
  id: string;
  says: string;
  means: ColumnType<string[], string, string>;
  added_by: string;
  county: string;
  idempotency_key: string | null;
  created_at: ColumnType<Date, never, never>;
  removed_at: ColumnType<Date | null, never, Date>;
}

export interface CountyAdminTable {
  resident_id: string;
  county: string;
  granted_at: ColumnType<Date, never, never>;
}

export interface AdminAuditTable {
  id: Generated<string>;
  at: ColumnType<Date, never, never>;
  actor_id: string | null;
  action: string;
  county: string;
  center_id: string | null;
  target: string;
  before: ColumnType<Record<string, unknown> | null, string | null, never>;
  after: ColumnType<Record<string, unknown> | null, string | null, never>;
}

export interface MandateTable {
  id: string;
  principal_id: string;
  helper_id: string;
  kind: 'agent' | 'family';
  center_id: string | null;
  level: 'query' | 'handle';
  matters: JsonColumn<{ code: string; name: string }[]>;
  licence_types: JsonColumn<{ code: string; name: string }[]>;
  granted_via: 'principal-sms' | 'readback-sms' | 'window' | 'face';
  proof: JsonColumn<Record<string, string>>;
  granted_at: ColumnType<Date, Date | undefined, never>;
  expires_at: Date;
  revoked_at: Date | null;
  revoked_by: 'principal' | 'helper' | null;
  grant_key: string;
  request_hash: string;
}

export interface MandateActionTable {
  id: string;
  mandate_id: string;
  principal_id: string;
  action: string;
  matter_name: string | null;
  subject_id: string | null;
  at: ColumnType<Date, never, never>;
}

export interface HomeVisitTable {
  id: string;
  number: string;
  resident_id: string;
  matter_code: string;
  matter_name: string;
  center_id: string;
  reason: 'elderly' | 'disabled' | 'ill' | 'other';
  note_enc: string;
  address_enc: string;
  state: 'requested' | 'accepted' | 'declined' | 'done' | 'cancelled';
  scheduled_at: Date | null;
  answer: string | null;
  staff_id: string | null;
  mandate_id: string | null;
  idempotency_key: string | null;
  request_hash: string;
  created_at: ColumnType<Date, Date | undefined, never>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  assignee_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface HandoverTable {
  id: string;
  application_id: string;
  principal_id: string;
  mandate_id: string;
  method: 'code' | 'signature';
  receiver_enc: string;
  relation: string | null;
  upload_ids: JsonColumn<string[]>;
  created_at: ColumnType<Date, Date | undefined, never>;
}

export interface SchemaMigrationTable {
  name: string;
  applied_at: ColumnType<Date, never, never>;
}

export interface Database {
  catalog_snapshot: CatalogSnapshotTable;
  matter: MatterTable;
  theme: ThemeTable;
  center: CenterTable;
  resident: ResidentTable;
  sign_in: SignInTable;
  identity_event: IdentityEventTable;
  session_family: SessionFamilyTable;
  refresh_token: RefreshTokenTable;
  licence_use: LicenceUseTable;
  licence_consent: LicenceConsentTable;
  booking_slot: BookingSlotTable;
  booking: BookingTable;
  booking_waitlist: BookingWaitlistTable;
  staff_member: StaffMemberTable;
  review: ReviewTable;
  review_outbox: ReviewOutboxTable;
  feedback: FeedbackTable;
  feedback_event: FeedbackEventTable;
  agent_member: AgentMemberTable;
  county_admin: CountyAdminTable;
  search_miss: SearchMissTable;
  search_synonym: SearchSynonymTable;
  target_month: TargetMonthTable;
  center_closure: CenterClosureTable;
  admin_audit: AdminAuditTable;
  mandate: MandateTable;
  mandate_action: MandateActionTable;
  home_visit: HomeVisitTable;
  handover: HandoverTable;
  notification: NotificationTable;
  application_draft: ApplicationDraftTable;
  application: ApplicationTable;
  application_outbox: ApplicationOutboxTable;
  application_event: ApplicationEventTable;
  application_supplement: ApplicationSupplementTable;
  schema_migration: SchemaMigrationTable;

  // uploads
  upload: UploadTable;

  kv_fallback: KvFallbackTable;
}
