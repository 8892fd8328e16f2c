import { Injectable } from '@nestjs/common';
import type { MandateWorkbench } from '@zsb/contracts';
import { ApplicationsService } from '../applications/applications.service';
import { BookingsService } from '../bookings/bookings.service';
import { Clock } from '../common/clock';
import { MandatesService } from './mandates.service';
import { byUrgency, todosOf } from './workbench-rules';

/**
 * 我代办的: for each 委托 in force the helper holds, the principal's applications and bookings within it, turned
 * into what to do next. Read as the principal, through the same services the routes use.
 */
@Injectable()
export class WorkbenchService {
  constructor(
    private readonly mandates: MandatesService,
    private readonly applications: ApplicationsService,
    private readonly bookings: BookingsService,
    private readonly clock: Clock,
  ) {}

  async of(helperId: string): Promise<MandateWorkbench> {
    const { held } = await this.mandates.list(helperId);
    const now = this.clock.now();
    const items = await Promise.all(
      held
        .filter((m) => m.state === 'active')
        .map(async (m) => {
          const principalId = await this.mandates.principalOf(m.id);
          const [apps, bookings] = await Promise.all([
            this.applications.list(principalId),
            this.bookings.list(principalId),
          ]);
          const todos = todosOf(
            m.matters.map((x) => x.code),
            apps.items,
            bookings.items,
            now,
          );
          return { mandate: m, todos, expiresAt: m.expiresAt };
        }),
    );
    return { items: byUrgency(items).map(({ mandate, todos }) => ({ mandate, todos })) };
  }
}
