export interface HealthStatus {
  status: 'ok' | 'unavailable';
  checks: {
    database: 'up' | 'down';
    catalog: 'ready' | 'missing';
  };
  catalogVersion: string | null;
}
