import { Injectable } from '@nestjs/common';
import axios, { type AxiosInstance, isAxiosError } from 'axios';
import type { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { createUpstreamPolicies, toUpstreamError, type UpstreamPolicies } from '../http/resilience';
import { UpstreamError } from '../http/upstream.error';
import { toCatalogCenter, toCatalogMatter, toCatalogTheme } from './platform.mapper';
import type { CatalogCenter, CatalogMatter, CatalogTheme, CatalogVersion, MatterBrief, Page } from './platform.types';
import { centerWire, envelope, pageWire, taskBriefWire, taskWire, themeWire, versionWire } from './platform.wire';
import { ProvincialCatalog } from './provincial-catalog.port';

const NOT_FOUND = Symbol('not-found');

@Injectable()
export class ProvincialCatalogHttp extends ProvincialCatalog {
  private readonly http: AxiosInstance;
  private readonly policies: UpstreamPolicies;

  constructor(config: AppConfig) {
    super();
    const { platformUrl, ...resilience } = config.upstream;
    // axios' own timeout is a backstop; the policy's per-attempt timeout aborts first.
    this.http = axios.create({ baseURL: platformUrl, timeout: resilience.timeoutMs * 2, headers: { accept: 'application/json' } });
    this.policies = createUpstreamPolicies(resilience);
  }

  breakerState(): string {
    return this.policies.breakerState();
  }

  async version(): Promise<CatalogVersion> {
    const d = await this.read('/platform/catalog/version', {}, versionWire);
    return { version: d.version, updatedAt: d.updated_at, matterTotal: d.task_total };
  }

  async listMatters(pageNo: number, pageSize: number): Promise<Page<MatterBrief>> {
    const d = await this.read('/platform/catalog/tasks', { page_no: pageNo, page_size: pageSize }, pageWire(taskBriefWire));
    return {
      total: d.total,
      items: d.rows.map((r) => ({ code: r.task_code, name: r.task_name, updatedAt: r.updated_at })),
    };
  }

  async getMatter(code: string): Promise<CatalogMatter | null> {
    const d = await this.read(`/platform/catalog/tasks/${encodeURIComponent(code)}`, {}, taskWire, true);
    return d === NOT_FOUND ? null : toCatalogMatter(d);
  }

  async listThemes(): Promise<CatalogTheme[]> {
    const d = await this.read('/platform/catalog/themes', {}, envelopeRows(themeWire));
    return d.rows.map(toCatalogTheme);
  }

  async listCenters(pageNo: number, pageSize: number): Promise<Page<CatalogCenter>> {
    const d = await this.read('/platform/centers', { page_no: pageNo, page_size: pageSize }, pageWire(centerWire));
    return { total: d.total, items: d.rows.map(toCatalogCenter) };
  }

  private read<S extends z.ZodType>(path: string, params: object, schema: S): Promise<z.infer<S>>;
  private read<S extends z.ZodType>(path: string, params: object, schema: S, allowNotFound: true): Promise<z.infer<S> | typeof NOT_FOUND>;
  private async read<S extends z.ZodType>(path: string, params: object, schema: S, allowNotFound = false): Promise<z.infer<S> | typeof NOT_FOUND> {
    let body: unknown;
    try {
      body = await this.policies.read.execute(async ({ signal }) => {
        try {
          return (await this.http.get<unknown>(path, { params, signal })).data;
        } catch (e) {
          // A 404 is an answer, not a fault: it must not trip the breaker or be retried.
          if (allowNotFound && isAxiosError(e) && e.response?.status === 404) return NOT_FOUND;
          throw e;
        }
        // A signal of its own per call: without one, cockatiel hangs every call's abort listener on one shared
        // signal, and concurrent sync reads trip Node's listener-leak warning.
      }, new AbortController().signal);
    } catch (e) {
      throw toUpstreamError('platform', e);
    }
    if (body === NOT_FOUND) return NOT_FOUND;
    const parsed = envelope(schema).safeParse(body);
    if (!parsed.success || parsed.data.code !== '200') {
      const why = parsed.success ? `envelope code ${parsed.data.code}` : parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
      throw new UpstreamError('platform', 'malformed', `${path}: ${why}`);
    }
    return (parsed.data as { data: z.infer<S> }).data;
  }
}

function envelopeRows<T extends z.ZodType>(row: T) {
  return pageWire(row).pick({ version: true, rows: true });
}
