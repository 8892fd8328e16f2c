import type {
  CatalogCenter,
  CatalogMatter,
  CatalogTheme,
  CatalogVersion,
  MatterBrief,
} from '../../model/catalog.types';

/** One page of a platform list. */
export interface Page<T> {
  total: number;
  items: T[];
}

/** The provincial platform's matter catalog (事项目录), centers and themes. One HTTP adapter implements it. */
export abstract class ProvincialCatalog {
  abstract version(): Promise<CatalogVersion>;
  abstract listMatters(pageNo: number, pageSize: number): Promise<Page<MatterBrief>>;
  /** The full guide; null when the platform says the matter does not exist. */
  abstract getMatter(code: string): Promise<CatalogMatter | null>;
  abstract listThemes(): Promise<CatalogTheme[]>;
  abstract listCenters(pageNo: number, pageSize: number): Promise<Page<CatalogCenter>>;
  /** Breaker state for health output. */
  abstract breakerState(): string;
}
