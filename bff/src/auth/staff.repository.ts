import { Injectable } from '@nestjs/common';
import { DatabaseConnection } from '../database/database.module';

/**
 * Window staff: a verified resident with one or more center scopes, each as a clerk or as the center's admin (granted by an operator: bff/scripts/staff.mjs).
 * Staff check residents in at the windows and verify identities there with the ID card in hand.
 */
@Injectable()
export class StaffRepository {
  constructor(private readonly database: DatabaseConnection) {}

  /** The centers where the resident is staff, in id order; none for almost everyone. */
  async centersOf(residentId: string): Promise<string[]> {
    const rows = await this.database.db
      .selectFrom('staff_member')
      .select('center_id')
      .where('resident_id', '=', residentId)
      .orderBy('center_id')
      .execute();
    return rows.map((r) => r.center_id);
  }

  /** The resident's role at each of their centers. */
  async scopesOf(residentId: string): Promise<{ centerId: string; role: 'clerk' | 'admin' }[]> {
    const rows = await this.database.db
      .selectFrom('staff_member')
      .select(['center_id', 'role'])
      .where('resident_id', '=', residentId)
      .orderBy('center_id')
      .execute();
    return rows.map((r) => ({ centerId: r.center_id, role: r.role }));
  }

  /** Grants a scope, or changes its role. */
  async grant(residentId: string, centerId: string, role: 'clerk' | 'admin' = 'clerk'): Promise<void> {
    await this.database.db
      .insertInto('staff_member')
      .values({ resident_id: residentId, center_id: centerId, role })
      .onConflict((oc) => oc.columns(['resident_id', 'center_id']).doUpdateSet({ role }))
      .execute();
  }
}
