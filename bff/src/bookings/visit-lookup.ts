import { Injectable } from '@nestjs/common';
import { BookingsRepository } from './bookings.repository';

export interface Visit {
  id: string;
  matterCode: string;
  centerId: string;
  checkedInAt: Date;
}

/**
 * What other features may know of a resident's bookings (好差评 rates a visit, 办不成事 links a booking): only
 * through here, never the bookings' tables.
 */
@Injectable()
export class VisitLookup {
  constructor(private readonly repo: BookingsRepository) {}

  /** The resident's own booking (any state), or null when it is not theirs or does not exist. */
  async ownBooking(residentId: string, id: string): Promise<{ matterCode: string; centerId: string } | null> {
    const b = await this.repo.own(residentId, id);
    return b ? { matterCode: b.matter_code, centerId: b.center_id } : null;
  }

  /** Visits of the resident checked in at a window since `since`. */
  async checkedInSince(residentId: string, since: Date): Promise<Visit[]> {
    return (await this.repo.checkedInSince(residentId, since)).map((v) => ({
      id: v.id,
      matterCode: v.matter_code,
      centerId: v.center_id,
      checkedInAt: v.checked_in_at!,
    }));
  }
}
