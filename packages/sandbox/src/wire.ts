// Wire formats of the provincial platform as CONTRACT.md describes them. snake_case on purpose: these are the
// platform's names, not the BFF's; only the BFF's upstream adapters should ever see them.

export type Level = '1' | '2' | '3' | '4';
export type OnlineDepth = '1' | '2' | '3' | '4';

export interface Material {
  material_name: string;
  is_need: '1' | '0';
  material_format: '1' | '2' | '3' | '4';
  page_num: number;
  remark: string | null;
  cert_type_code: string | null;
  cert_type_name: string | null;
  cert_issuer: string | null;
}

export interface ProcessStep {
  step_name: string;
  step_desc: string;
}

export interface Task {
  task_code: string;
  task_name: string;
  task_type: string;
  theme_type_code: string;
  theme_type_name: string;
  dept_name: string;
  use_level: string;
  online_depth: OnlineDepth;
  service_type: '1' | '2';
  anticipate_day: number;
  promise_day: number;
  limit_scene_num: number;
  by_law: string[];
  accept_condition: string[];
  materials: Material[];
  process: ProcessStep[];
  is_charge: '0' | '1';
  charge_desc: string;
  transact_addr: string[];
  link_tel: string | null;
  supervise_tel: string | null;
  popularity: number;
  sample_fields: string[];
  source_name: string;
  /** The matter's name as the source published it, before localise.ts said it in Anyang's terms. */
  source_task_name: string;
  source_url: string | null;
  updated_at: string;
}

export interface TaskBrief {
  task_code: string;
  task_name: string;
  updated_at: string;
}

export interface Theme {
  theme_id: string;
  theme_name: string;
  theme_desc: string;
  task_codes: string[];
  promise_day: number;
  limit_scene_num: number;
}

export interface WorkTime {
  weekday: number[];
  am: [string, string] | null;
  pm: [string, string] | null;
}

export interface Center {
  center_id: string;
  center_name: string;
  center_kind: '1' | '2' | '3' | '4';
  level: '2' | '3' | '4';
  division_code: string;
  county_name: string;
  township_name: string;
  address: string;
  gcj02_lng: number;
  gcj02_lat: number;
  tel: string | null;
  /** 办事窗口: service windows staffed for residents; 0 for a self-service kiosk. */
  window_count: number;
  /** A weekday may appear in several entries; it is open in the ranges of all of them (a union). */
  work_time: WorkTime[];
  task_codes: string[];
  /** true when the point itself is invented (villages, bank points, kiosks); see CONTRACT.md. */
  sample: boolean;
}

export interface Catalog {
  version: string;
  updated_at: string;
  tasks: Task[];
  themes: Theme[];
  centers: Center[];
}

export interface Envelope<T> {
  code: string;
  msg: string;
  data: T | null;
}

export interface Page<T> {
  version: string;
  page_no: number;
  page_size: number;
  total: number;
  rows: T[];
}

export interface Faults {
  latencyMs: number;
  errorRate: number;
  outage: boolean;
  /** Faults apply only to paths starting with this; null means every non-control path. */
  pathPrefix: string | null;
}

// WeChat and Alipay answer in their own formats (no envelope); identity, SMS and the licence library are
// provincial systems and answer in the platform envelope.

export interface WechatSession {
  openid: string;
  /** base64 of 16 bytes. */
  session_key: string;
  unionid: string;
}

export interface WechatError {
  errcode: number;
  errmsg: string;
}

export interface AlipayOauthToken {
  user_id: string;
  open_id: string;
  access_token: string;
  expires_in: number;
  refresh_token: string;
  re_expires_in: number;
  /** yyyy-MM-dd HH:mm:ss, Beijing time. */
  auth_start: string;
}

export interface AlipayError {
  code: string;
  msg: string;
  sub_code: string;
  sub_msg: string;
}

export type AlipayOauthAnswer =
  | { alipay_system_oauth_token_response: AlipayOauthToken; sign: string }
  | { error_response: AlipayError; sign: string };

/** A fictional resident of the sandbox's registry (GET /__sandbox/residents). */
export interface Resident {
  name: string;
  id_number: string;
  phone: string;
  wechat_openid: string;
  alipay_user_id: string;
  /** 6-digit code of the county (区/县/市) of residence. */
  county: string;
  county_name: string;
  /** 乡/镇/街道 of residence. */
  township: string;
  gender: 'male' | 'female';
  /** YYYY-MM-DD, as in the ID number. */
  birth_date: string;
  /** 民族, e.g. 汉. */
  ethnicity: string;
  /** 住址 as printed on the ID card. */
  address: string;
}

export interface IdentityVerdict {
  match: boolean;
  reason: null | 'name_mismatch' | 'not_found';
}

/** 手机号三要素核验: name, ID number and the phone registered to that ID number. */
export interface PhoneIdentityVerdict {
  match: boolean;
  /** `phone_mismatch`: name and ID number agree, but the phone is not registered to that person. */
  reason: null | 'name_mismatch' | 'not_found' | 'phone_mismatch';
}

export interface SmsMessage {
  message_id: string;
  phone: string;
  template: string;
  params: Record<string, string>;
  /** The text the phone shows. */
  text: string;
  sent_at: string;
}

export type LicenceStatus = 'valid' | 'expired' | 'revoked';

export interface LicenceRow {
  licence_id: string;
  type_code: string;
  type_name: string;
  licence_number_masked: string;
  issuer: string;
  issued_on: string;
  valid_until: string | null;
  status: LicenceStatus;
}

export interface SurfaceField {
  label: string;
  value: string;
}

/** What the seal signs: the licence without its seal. */
export interface LicenceDocument {
  licence_id: string;
  type_code: string;
  type_name: string;
  holder_name: string;
  holder_id_number: string;
  licence_number: string;
  issuer: string;
  issued_on: string;
  valid_until: string | null;
  status: LicenceStatus;
  surface: SurfaceField[];
}

export interface LicenceSeal {
  issuer: string;
  key_id: string;
  algorithm: 'Ed25519';
  signed_at: string;
  /** base64 Ed25519 signature of the canonical JSON of the LicenceDocument. */
  signature: string;
}

export interface Licence extends LicenceDocument {
  seal: LicenceSeal;
}

export interface LicenceKey {
  key_id: string;
  algorithm: 'Ed25519';
  public_key_pem: string;
}
