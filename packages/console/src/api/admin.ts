// The console's API: /api/v1/admin/… (packages/contracts/src/admin.ts).
import type {
  AdminAreas,
  AdminMe,
  AdminPlaceList,
  AuditPage,
  Closure,
  ClosureList,
  ClosureRequest,
  DashboardReport,
  FigureList,
  IndicatorKey,
  OperatorSynonym,
  PersonGrant,
  PersonGrantList,
  PersonGrantRequest,
  QueueAssignRequest,
  QueueItem,
  QueueKind,
  QueueList,
  SearchGapList,
  SynonymList,
  SynonymRequest,
  TargetKey,
} from '@zsb/contracts';
import { get, request } from './client';

export interface DashboardQuery {
  county: string;
  township: string | null;
  month: string;
}

export interface QueueQuery {
  county: string;
  centerId: string | null;
  kind: QueueKind | null;
  /** 未办结 only (true) or everything, closed ones too (false). */
  open: boolean;
}

export const adminApi = {
  me: () => get<AdminMe>('/admin/me'),
  areas: () => get<AdminAreas>('/admin/areas'),
  dashboard: (q: DashboardQuery) => get<DashboardReport>('/admin/dashboard', { ...q }),
  figureList: (q: DashboardQuery, figure: TargetKey | IndicatorKey) =>
    get<FigureList>('/admin/dashboard/list', { ...q, figure }),
  people: (county: string, centerId: string | null) => get<PersonGrantList>('/admin/people', { county, centerId }),
  grant: (body: PersonGrantRequest, idempotencyKey: string) =>
    request<PersonGrant>('POST', '/admin/people', { body, idempotencyKey }),
  revoke: (id: string) => request<void>('DELETE', `/admin/people/${encodeURIComponent(id)}`),
  centers: (county: string, township: string | null) => get<AdminPlaceList>('/admin/centers', { county, township }),
  closures: (county: string, centerId: string | null = null) =>
    get<ClosureList>('/admin/closures', { county, centerId }),
  close: (body: ClosureRequest, idempotencyKey: string) =>
    request<Closure>('POST', '/admin/closures', { body, idempotencyKey }),
  queues: (q: QueueQuery) =>
    // open=false would ask for the closed ones only: 全部 sends no `open` at all.
    get<QueueList>('/admin/queues', {
      county: q.county,
      centerId: q.centerId,
      kind: q.kind,
      open: q.open ? 'true' : null,
    }),
  assign: (body: QueueAssignRequest, idempotencyKey: string) =>
    request<QueueItem>('POST', '/admin/queues/assign', { body, idempotencyKey }),
  audit: (county: string, before: string | null) => get<AuditPage>('/admin/audit', { county, before }),
  searchGaps: (days: number) => get<SearchGapList>('/admin/search-gaps', { days: String(days) }),
  synonyms: () => get<SynonymList>('/admin/synonyms'),
  addSynonym: (body: SynonymRequest, idempotencyKey: string) =>
    request<OperatorSynonym>('POST', '/admin/synonyms', { body, idempotencyKey }),
  removeSynonym: (id: string) => request<void>('DELETE', `/admin/synonyms/${encodeURIComponent(id)}`),
};
