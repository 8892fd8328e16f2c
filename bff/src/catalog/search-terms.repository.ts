import { Injectable } from '@nestjs/common';
import { sql, type Selectable, type Transaction } from 'kysely';
import type { Db } from '../database/connection';
import { DatabaseConnection } from '../database/database.module';
import type { Database, SearchSynonymTable } from '../database/database.types';

export type SynonymRow = Selectable<SearchSynonymTable>;

/** 搜索缺口: searches that found nothing (per day), and the operators' synonyms the search index adds. */
@Injectable()
export class SearchTermsRepository {
  constructor(private readonly database: DatabaseConnection) {}

  private get db(): Db {
    return this.database.db;
  }

  /** Adds counts to the day's rows (one statement for a flush of many queries). */
  async addMisses(rows: { day: string; query: string; count: number; lastAt: Date }[]): Promise<void> {
    if (rows.length === 0) return;
    await this.db
      .insertInto('search_miss')
      .values(rows.map((r) => ({ day: r.day, query: r.query, count: r.count, last_at: r.lastAt })))
      .onConflict((oc) =>
        oc.columns(['day', 'query']).doUpdateSet({
          count: sql`search_miss.count + excluded.count`,
          last_at: sql`greatest(search_miss.last_at, excluded.last_at)`,
        }),
      )
      .execute();
  }

  /** The most asked queries since `day` (included). */
  misses(sinceDay: string, limit: number): Promise<{ query: string; count: number; last_at: Date }[]> {
    return this.db
      .selectFrom('search_miss')
      .select(['query', sql<number>`sum(count)::int`.as('count'), sql<Date>`max(last_at)`.as('last_at')])
      .where('day', '>=', sinceDay)
      .groupBy('query')
      .orderBy('count', 'desc')
      .orderBy('query')
      .limit(limit)
      .execute();
  }

  /** The synonyms in use (not removed), oldest first, with the (encrypted) name of who added each. */
  synonyms(): Promise<(SynonymRow & { added_by_name_enc: string | null })[]> {
    return this.db
      .selectFrom('search_synonym')
      .leftJoin('resident', 'resident.id', 'search_synonym.added_by')
      .selectAll('search_synonym')
      .select('resident.name_enc as added_by_name_enc')
      .where('search_synonym.removed_at', 'is', null)
      .orderBy('search_synonym.created_at')
      .execute();
  }

  byIdempotencyKey(addedBy: string, key: string): Promise<SynonymRow | undefined> {
    return this.db
      .selectFrom('search_synonym')
      .selectAll()
      .where('added_by', '=', addedBy)
      .where('idempotency_key', '=', key)
      .executeTakeFirst();
  }

  /** Inserts it (in `tx`, with its audit line); undefined when a synonym for the same words is already in use (the unique index says so). */
  async add(
    row: Omit<SynonymRow, 'created_at' | 'removed_at'>,
    tx?: Transaction<Database>,
  ): Promise<SynonymRow | undefined> {
    return (tx ?? this.db)
      .insertInto('search_synonym')
      .values({ ...row, means: JSON.stringify(row.means) })
      .onConflict((oc) => oc.column('says').where('removed_at', 'is', null).doNothing())
      .returningAll()
      .executeTakeFirst();
  }

  /** Marks it removed; the row it was, or undefined when there is no such synonym in use. */
  remove(id: string, at: Date, tx?: Transaction<Database>): Promise<SynonymRow | undefined> {
    return (tx ?? this.db)
      .updateTable('search_synonym')
      .set({ removed_at: at })
      .where('id', '=', id)
      .where('removed_at', 'is', null)
      .returningAll()
      .executeTakeFirst();
  }
}
