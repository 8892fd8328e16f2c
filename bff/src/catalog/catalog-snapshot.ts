import type {
  DomainList,
  DomainSummary,
  GuideMaterial,
  MatterGuide,
  MatterSummary,
  ThemeDetail,
  ThemeList,
  ThemeSummary,
} from '@zsb/contracts';
import type { CatalogCenter, CatalogMatter, CatalogTheme } from '../model/catalog.types';
import { MatterSearchIndex } from './search/matter-search';
import type { SnapshotContent, SnapshotMeta } from './catalog.repository';

let generations = 0;

/**
 * One catalog snapshot held in memory for reads: the guides by code, the search index, domains, themes and
 * which center handles what. Immutable once built; a sync builds a new one and swaps the reference.
 */
export class CatalogSnapshot {
  readonly version: string;
  readonly id: number;
  readonly syncedAt: Date;
  private readonly matters = new Map<string, CatalogMatter>();
  private readonly summaries = new Map<string, MatterSummary>();
  private readonly themesById = new Map<string, CatalogTheme>();
  private readonly themesOfMatter = new Map<string, { id: string; name: string }[]>();
  private readonly centerMatters = new Map<string, Set<string>>();
  // Built on first read: the snapshot never changes, so each guide is assembled once and then shared.
  private readonly guides = new Map<string, MatterGuide>();
  readonly domains: DomainSummary[];
  readonly themes: ThemeSummary[];
  /** The answers of GET /domains and /themes, built once so their serialised bodies can be reused. */
  readonly domainList: DomainList;
  readonly themeList: ThemeList;
  readonly index: MatterSearchIndex;
  /** Codes in catalog order (domain, then name) for browsing without a query. */
  readonly orderedCodes: string[];
  readonly byPopularity: string[];
  /** Every center, station, bank point and kiosk, as synced (the service map indexes them). */
  readonly centers: readonly CatalogCenter[];

  /**
   * Which build of a snapshot this is: the same stored snapshot is built again when the operators' synonyms change
   * (the search index with them), and answers cached for an earlier build must not be served by this one.
   */
  readonly generation: number = (generations += 1);
  /** The operators' synonyms this build searches with (their ids), to tell an operator which are in effect. */
  readonly synonymIds: ReadonlySet<string>;

  constructor(
    meta: SnapshotMeta,
    content: SnapshotContent,
    operatorSynonyms: readonly { id: string; says: string; means: string[] }[] = [],
  ) {
    this.synonymIds = new Set(operatorSynonyms.map((x) => x.id));
    this.id = meta.id;
    this.version = meta.version;
    this.syncedAt = meta.syncedAt;
    for (const m of content.matters) {
      this.matters.set(m.code, m);
      this.summaries.set(m.code, toSummary(m));
    }
    for (const t of content.themes) {
      const present = t.matterCodes.filter((c) => this.matters.has(c));
      const theme = { ...t, matterCodes: present };
      this.themesById.set(t.id, theme);
      for (const code of present) {
        const list = this.themesOfMatter.get(code) ?? [];
        list.push({ id: t.id, name: t.name });
        this.themesOfMatter.set(code, list);
      }
    }
    // Most centers of a tier share one matter list; at province scale (50,000 stations) one Set and one array per
    // distinct list instead of per center saves hundreds of megabytes.
    const shared = new Map<string, { list: string[]; set: Set<string> }>();
    this.centers = content.centers.map((c) => {
      const key = c.matterCodes.join(',');
      let entry = shared.get(key);
      if (!entry) {
        entry = { list: c.matterCodes, set: new Set(c.matterCodes) };
        shared.set(key, entry);
      }
      this.centerMatters.set(c.id, entry.set);
      return c.matterCodes === entry.list ? c : { ...c, matterCodes: entry.list };
    });
    this.domains = summarizeDomains(content.matters);
    this.themes = [...this.themesById.values()].map((t) => ({
      id: t.id,
      name: t.name,
      description: t.description,
      matterCount: t.matterCodes.length,
    }));
    this.domainList = { items: this.domains };
    this.themeList = { items: this.themes };
    const domainOrder = new Map(this.domains.map((d, i) => [d.code, i]));
    this.orderedCodes = [...content.matters]
      .sort(
        (a, b) =>
          (domainOrder.get(a.domain) ?? 0) - (domainOrder.get(b.domain) ?? 0) || a.name.localeCompare(b.name, 'zh-CN'),
      )
      .map((m) => m.code);
    this.byPopularity = [...content.matters].sort((a, b) => b.popularity - a.popularity).map((m) => m.code);
    this.index = MatterSearchIndex.build(
      content.matters.map((m) => ({
        code: m.code,
        name: m.name,
        domainName: m.domainName,
        department: m.department,
        kind: m.kind,
        popularity: m.popularity,
        materialNames: m.materials.map((x) => x.name),
      })),
      { extraSynonyms: operatorSynonyms.map((x) => ({ says: [x.says], means: x.means })) },
    );
  }

  get matterCount(): number {
    return this.matters.size;
  }

  /** The stored record, for reuse by an incremental sync when the platform has not changed it. */
  matter(code: string): CatalogMatter | undefined {
    return this.matters.get(code);
  }

  summary(code: string): MatterSummary | undefined {
    return this.summaries.get(code);
  }

  guide(code: string): MatterGuide | undefined {
    const built = this.guides.get(code);
    if (built) return built;
    const m = this.matters.get(code);
    if (!m) return undefined;
    const { popularity: _popularity, ...rest } = m;
    const guide = { ...rest, themes: this.themesOfMatter.get(code) ?? [], catalogVersion: this.version };
    this.guides.set(code, guide);
    return guide;
  }

  hasCenter(centerId: string): boolean {
    return this.centerMatters.has(centerId);
  }

  centerHandles(centerId: string, code: string): boolean {
    return this.centerMatters.get(centerId)?.has(code) ?? false;
  }

  theme(id: string): ThemeDetail | undefined {
    const t = this.themesById.get(id);
    if (!t) return undefined;
    const matters = t.matterCodes.map((c) => this.matters.get(c)).filter((m): m is CatalogMatter => m !== undefined);
    return {
      id: t.id,
      name: t.name,
      description: t.description,
      matterCount: matters.length,
      matters: matters.map(toSummary),
      sharedMaterials: dedupeMaterials(matters.flatMap((m) => m.materials)),
      promisedDays: t.promisedDays,
      maxVisits: t.maxVisits,
    };
  }
}

function toSummary(m: CatalogMatter): MatterSummary {
  return {
    code: m.code,
    name: m.name,
    domain: m.domain,
    domainName: m.domainName,
    department: m.department,
    kind: m.kind,
    levels: m.levels,
    onlineDepth: m.onlineDepth,
    mobileReady: m.mobileReady,
    promiseType: m.promiseType,
    promisedDays: m.promisedDays,
    maxVisits: m.maxVisits,
  };
}

function summarizeDomains(matters: CatalogMatter[]): DomainSummary[] {
  const byCode = new Map<string, DomainSummary>();
  for (const m of matters) {
    const d = byCode.get(m.domain) ?? { code: m.domain, name: m.domainName, matterCount: 0, mobileReadyCount: 0 };
    d.matterCount += 1;
    if (m.mobileReady) d.mobileReadyCount += 1;
    byCode.set(m.domain, d);
  }
  return [...byCode.values()].sort((a, b) => b.matterCount - a.matterCount || a.code.localeCompare(b.code));
}

// A theme asks each document once (一表申请): the same licence or the same material name counts once,
// and it is required if any matter requires it.
function dedupeMaterials(materials: GuideMaterial[]): GuideMaterial[] {
  const seen = new Map<string, GuideMaterial>();
  for (const m of materials) {
    const key = m.licenceType?.code ?? m.name;
    const prev = seen.get(key);
    seen.set(key, prev ? { ...prev, required: prev.required || m.required } : m);
  }
  return [...seen.values()];
}
