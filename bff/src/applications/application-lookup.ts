import { Injectable } from '@nestjs/common';
import { ApplicationsRepository } from './applications.repository';

export interface EndedApplication {
  id: string;
  matterCode: string;
  matterName: string;
  /** The center answerable for it, fixed at submission; null for applications from before. */
  ownerCenterId: string | null;
  doneAt: Date;
}

/**
 * What other features may know of a resident's applications (好差评 rates them, 办不成事 links them): only through
 * here, never the applications' tables.
 */
@Injectable()
export class ApplicationLookup {
  constructor(private readonly repo: ApplicationsRepository) {}

  /** The resident's own application's matter, or null when it is not theirs or does not exist. */
  async ownMatter(residentId: string, id: string): Promise<string | null> {
    return (await this.repo.own(residentId, id))?.matter_code ?? null;
  }

  /** Applications of the resident that ended (办结 or 不予受理) since `since`. */
  async endedSince(residentId: string, since: Date): Promise<EndedApplication[]> {
    return (await this.repo.endedSince(residentId, since)).map((a) => ({
      id: a.id,
      matterCode: a.matter_code,
      matterName: a.matter_name,
      ownerCenterId: a.owner_center_id,
      doneAt: a.done_at,
    }));
  }

  /** What the provincial 好差评 system is told about an application: its number (null until delivered), matter, office. */
  async forEvaluation(
    id: string,
  ): Promise<{ number: string | null; matterCode: string; matterName: string; office: string | null } | null> {
    const app = await this.repo.byId(id);
    if (!app) return null;
    return {
      number: app.number,
      matterCode: app.matter_code,
      matterName: app.matter_name,
      office: await this.repo.lastOffice(id),
    };
  }
}
