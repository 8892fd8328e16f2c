import { Injectable } from '@nestjs/common';
import type { z } from 'zod';
import { AppConfig } from '../../config/app-config';
import { UpstreamHttp } from '../http/upstream-http';
import { toCatalogCenter, toCatalogMatter, toCatalogTheme } from './platform.mapper';
import type {
  CatalogCenter,
  CatalogMatter,
  CatalogTheme,
  CatalogVersion,
  MatterBrief,
} from '../../model/catalog.types';
import { centerWire, pageWire, taskBriefWire, taskWire, themeWire, versionWire } from './platform.wire';
import { ProvincialCatalog, type Page } from './provincial-catalog.port';

const NOT_FOUND = Symbol('not-found');

@Injectable()
export class ProvincialCatalogHttp extends ProvincialCatalog {
  private readonly http: UpstreamHttp;

  constructor(config: AppConfig) {
    super();
    this.http = new UpstreamHttp('platform', config.upstream.platformUrl, config.upstream);
  }

  breakerState(): string {
    return this.http.breakerState();
  }

  async version(): Promise<CatalogVersion> {
    const d = await this.read('/platform/catalog/version', {}, versionWire);
    return { version: d.version, updatedAt: d.updated_at, matterTotal: d.task_total };
  }

  async listMatters(pageNo: number, pageSize: number): Promise<Page<MatterBrief>> {
    const d = await this.read(
      '/platform/catalog/tasks',
      { page_no: pageNo, page_size: pageSize },
      pageWire(taskBriefWire),
    );
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
  private read<S extends z.ZodType>(
    path: string,
    params: object,
    schema: S,
    allowNotFound: true,
  ): Promise<z.infer<S> | typeof NOT_FOUND>;
  private async read<S extends z.ZodType>(
    path: string,
    params: object,
    schema: S,
    allowNotFound = false,
  ): Promise<z.infer<S> | typeof NOT_FOUND> {
    const answer = await this.http.send('read', { method: 'GET', url: path, params });
    // A 404 is an answer, not a fault: it does not trip the breaker and is not retried.
    if (allowNotFound && answer.status === 404) return NOT_FOUND;
    return this.http.unwrap(answer, schema, path);
  }
}

function envelopeRows<T extends z.ZodType>(row: T) {
  return pageWire(row).pick({ version: true, rows: true });
}
