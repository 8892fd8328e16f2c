// The console's API: /api/v1/admin/… (packages/contracts/src/admin.ts).
import type {
  AdminAreas,
  AdminMe,
  AuditPage,
  DashboardReport,
  FigureList,
  IndicatorKey,
  PersonGrant,
  PersonGrantList,
  PersonGrantRequest,
  TargetKey,
} from '@zsb/contracts';
import { get, request } from './client';

export interface DashboardQuery {
  county: string;
  township: string | null;
  month: string;
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
  audit: (county: string, before: string | null) => get<AuditPage>('/admin/audit', { county, before }),
};
