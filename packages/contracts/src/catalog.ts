/** 网上办理深度: 1 guide only · 2 online pre-review, ≤2 visits · 3 online with original check, ≤1 visit · 4 fully online. */
export type OnlineDepth = 1 | 2 | 3 | 4;

/** 即办件 (done on the spot) or 承诺件 (done within promised working days). */
export type PromiseType = 'immediate' | 'promised';

/** The tier where a matter is handled: 县 · 乡镇 · 街道 · 村(社区). */
export type ServiceLevel = 'county' | 'township' | 'street' | 'village';

/** 事项类型 as the catalog names it: 行政许可, 行政给付, 行政确认, 公共服务 … */
export type MatterKind = string;

/**
 * Response headers on every catalog answer: `x-catalog-version` (the snapshot that answered),
 * `x-catalog-synced-at` (ISO time of its sync) and `x-catalog-stale` ("1" when the platform could not be
 * reached on the last try, so an older snapshot answered).
 */
export type CatalogHeader = 'x-catalog-version' | 'x-catalog-synced-at' | 'x-catalog-stale';

export interface DomainSummary {
  /** Stable English slug: social-insurance, household, employment … */
  code: string;
  /** 社会保险 */
  name: string;
  matterCount: number;
  mobileReadyCount: number;
}

export interface DomainList {
  items: DomainSummary[];
}

/** [start, end) character offsets in `name` that matched the query, for highlighting. */
export type MatchRange = [number, number];

export interface MatterSummary {
  /** 事项编码, e.g. 410500-010203-001 */
  code: string;
  name: string;
  domain: string;
  domainName: string;
  department: string;
  kind: MatterKind;
  levels: ServiceLevel[];
  onlineDepth: OnlineDepth;
  /** 掌上办: can be done start to finish on the phone (online depth 3 or 4). */
  mobileReady: boolean;
  promiseType: PromiseType;
  /** 承诺办结时限 in working days; 0 for 即办件. */
  promisedDays: number;
  /** 最多跑动次数 */
  maxVisits: number;
  /** Only on search results: where the name matched. */
  highlights?: MatchRange[];
}

export interface MatterPage {
  items: MatterSummary[];
  page: number;
  pageSize: number;
  total: number;
  catalogVersion: string;
}

export interface LicenceTypeRef {
  code: string;
  name: string;
  issuer: string;
}

export interface GuideMaterial {
  name: string;
  required: boolean;
  /** 原件 / 复印件 / 电子 */
  form: 'original' | 'copy' | 'original-and-copy' | 'electronic';
  copies: number;
  note: string | null;
  /** The e-licence that can replace this material, when one exists. */
  licenceType: LicenceTypeRef | null;
}

export interface GuideStep {
  name: string;
  description: string;
}

export interface GuideFee {
  free: boolean;
  description: string;
}

/** A fact of a guide, as named in `MatterGuide`, for saying which ones are sample data. */
export type GuideField =
  | 'department'
  | 'kind'
  | 'levels'
  | 'onlineDepth'
  | 'promiseType'
  | 'legalDays'
  | 'promisedDays'
  | 'maxVisits'
  | 'fee'
  | 'basis'
  | 'conditions'
  | 'materials'
  | 'licenceTypes'
  | 'steps'
  | 'locations'
  | 'consultPhone'
  | 'complaintPhone';

/** 办事指南: every published fact of a matter. */
export interface MatterGuide extends MatterSummary {
  /** 设定依据 */
  basis: string[];
  /** 办理条件 */
  conditions: string[];
  /** 申请材料 */
  materials: GuideMaterial[];
  /** 办理流程 */
  steps: GuideStep[];
  /** 法定办结时限, working days */
  legalDays: number;
  fee: GuideFee;
  /** 办理地点 */
  locations: string[];
  /** 咨询电话 */
  consultPhone: string | null;
  /** 监督投诉电话 */
  complaintPhone: string | null;
  /** Themes (一件事一次办) this matter belongs to. */
  themes: { id: string; name: string }[];
  /** Guide fields that the source did not publish and were filled as sample data: shown marked 示例. */
  sampleFields: GuideField[];
  source: { name: string; url: string | null };
  catalogVersion: string;
  /** When the platform last changed this guide. */
  updatedAt: string;
}

export interface HotMatters {
  items: MatterSummary[];
}

export interface ThemeSummary {
  id: string;
  name: string;
  description: string;
  matterCount: number;
}

export interface ThemeList {
  items: ThemeSummary[];
}

export interface ThemeDetail extends ThemeSummary {
  matters: MatterSummary[];
  /** Materials asked once for the whole theme (一表申请), de-duplicated across its matters. */
  sharedMaterials: GuideMaterial[];
  /** Sum of the matters' promised days if done one after another, and the theme's own promise. */
  promisedDays: number;
  maxVisits: number;
}

export interface MatterQuery {
  q?: string;
  domain?: string;
  level?: ServiceLevel;
  mobileReady?: boolean;
  centerId?: string;
  page?: number;
  pageSize?: number;
}
