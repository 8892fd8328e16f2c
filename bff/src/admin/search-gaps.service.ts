import { Injectable } from '@nestjs/common';
import type { OperatorSynonym, SearchGapList, SynonymList, SynonymRequest } from '@zsb/contracts';
import { maskName, todayInShanghai } from '@zsb/domain';
import { CatalogService } from '../catalog/catalog.service';
import { SearchTermsRepository, type SynonymRow } from '../catalog/search-terms.repository';
import { AppError } from '../common/errors';
import { PiiCipher } from '../common/pii-cipher';
import { randomId } from '../common/random';
import { toShanghaiIso } from '../common/time';
import type { HeldRoles } from './admin-access';
import { AdminRepository } from './admin.repository';

const GAPS_SHOWN = 200;

/**
 * 搜索缺口 for county admins: what residents searched and found nothing for, and synonyms that make those words find
 * matters from the next catalog snapshot on (for everyone: the catalog is the city's). Audited.
 */
@Injectable()
export class SearchGapsService {
  constructor(
    private readonly terms: SearchTermsRepository,
    private readonly catalog: CatalogService,
    private readonly audit: AdminRepository,
    private readonly cipher: PiiCipher,
  ) {}

  async gaps(held: HeldRoles, days: number): Promise<SearchGapList> {
    countyAdminOnly(held);
    const since = todayInShanghai(Date.now() - (days - 1) * 86_400_000);
    const rows = await this.terms.misses(since, GAPS_SHOWN);
    return { since, items: rows.map((r) => ({ query: r.query, count: r.count, lastAt: toShanghaiIso(r.last_at) })) };
  }

  async list(held: HeldRoles): Promise<SynonymList> {
    countyAdminOnly(held);
    const rows = await this.terms.synonyms();
    return { items: rows.map((r) => this.view(r, r.added_by_name_enc)) };
  }

  async add(
    actorId: string,
    held: HeldRoles,
    request: SynonymRequest,
    key: string | undefined,
  ): Promise<{ synonym: OperatorSynonym; replayed: boolean }> {
    countyAdminOnly(held);
    const says = request.says.trim();
    const means = [...new Set(request.means.map((m) => m.trim()).filter((m) => m.length > 0))];
    if (key) {
      const first = await this.terms.byIdempotencyKey(actorId, key);
      if (first) return { synonym: this.view(first, await this.nameEnc(actorId)), replayed: true };
    }
    // A phrase no matter name contains would only add noise to every search that says the word.
    const names = this.matterNames();
    const unknown = means.find((m) => !names.some((n) => n.includes(m)));
    if (unknown)
      throw new AppError('VALIDATION_FAILED', `没有事项的名称包含“${unknown}”，请填写事项名称里会出现的词`, [
        { field: 'means', message: `没有事项的名称包含“${unknown}”` },
      ]);
    const row = await this.audit.inTransaction(async (tx) => {
      const added = await this.terms.add(
        { id: randomId(), says, means, added_by: actorId, county: held.counties[0], idempotency_key: key ?? null },
        tx,
      );
      if (added)
        await this.audit.audit(tx, {
          actorId,
          action: 'search.synonym-add',
          county: held.counties[0],
          centerId: null,
          target: `搜索同义词“${says}”`,
          before: null,
          after: { 说法: says, 对应: means.join('、') },
        });
      return added;
    });
    if (!row)
      throw new AppError('VALIDATION_FAILED', `“${says}”已经有同义词了，要改请先删除原来的`, [
        { field: 'says', message: '已经有这个说法的同义词' },
      ]);
    return { synonym: this.view(row, await this.nameEnc(actorId)), replayed: false };
  }

  async remove(actorId: string, held: HeldRoles, id: string): Promise<void> {
    countyAdminOnly(held);
    const removed = await this.audit.inTransaction(async (tx) => {
      const row = await this.terms.remove(id, new Date(), tx);
      if (row)
        await this.audit.audit(tx, {
          actorId,
          action: 'search.synonym-remove',
          county: held.counties[0],
          centerId: null,
          target: `搜索同义词“${row.says}”`,
          before: { 说法: row.says, 对应: row.means.join('、') },
          after: null,
        });
      return row;
    });
    if (!removed) throw new AppError('ADMIN_NOT_FOUND');
  }

  private matterNames(): string[] {
    const s = this.catalog.snapshot();
    return s.orderedCodes.map((c) => s.matter(c)?.name ?? '');
  }

  private async nameEnc(residentId: string): Promise<string | null> {
    return (await this.audit.residentPii(null, residentId))?.nameEnc ?? null;
  }

  private view(r: SynonymRow, addedByNameEnc: string | null): OperatorSynonym {
    return {
      id: r.id,
      says: r.says,
      means: r.means,
      addedBy: addedByNameEnc ? maskName(this.cipher.decrypt(addedByNameEnc)) : '',
      county: r.county,
      addedAt: toShanghaiIso(r.created_at),
      inEffect: this.catalog.snapshot().synonymIds.has(r.id),
    };
  }
}

function countyAdminOnly(held: HeldRoles): void {
  if (held.counties.length === 0) throw new AppError('ADMIN_ONLY', '搜索缺口和同义词由县级管理员维护');
}
