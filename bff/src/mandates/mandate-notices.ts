import { Injectable, Logger } from '@nestjs/common';
import { PhoneProof } from '../auth/identity/phone-proof';
import { ResidentRepository } from '../auth/resident.repository';
import { ResidentService } from '../auth/resident.service';
import { PiiCipher } from '../common/pii-cipher';
import { NotificationsService } from '../notifications/notifications.service';
import { MandatesRepository } from './mandates.repository';

/**
 * What happens in a principal's matter reaches the people acting for them: a message to each helper whose 委托 in
 * force covers the matter, and an SMS to a principal who has never used the app (a basic phone is all they have).
 * The principal's own in-app message is the feature's own business, sent before this.
 */
@Injectable()
export class MandateNotices {
  private readonly log = new Logger('MandateNotices');

  constructor(
    private readonly repo: MandatesRepository,
    private readonly notifications: NotificationsService,
    private readonly residents: ResidentService,
    private readonly residentRows: ResidentRepository,
    private readonly proof: PhoneProof,
    private readonly cipher: PiiCipher,
  ) {}

  /** Never fails the step it reports: a message that cannot be sent is logged. */
  async matterStep(principalId: string, matter: { code: string; name: string }, status: string): Promise<void> {
    await this.tellHelpers(principalId, matter, status).catch((e: unknown) => this.failed('helpers', e));
    await this.tellWithoutApp(principalId, matter, status).catch((e: unknown) => this.failed('SMS', e));
  }

  private async tellHelpers(principalId: string, matter: { code: string; name: string }, status: string) {
    const covering = await this.repo.coveringNow(principalId, matter.code);
    if (covering.length === 0) return;
    const principal = (await this.residents.maskedNameOf(principalId)) ?? '委托人';
    for (const m of covering)
      await this.notifications.add(m.helper_id, {
        kind: 'mandate',
        title: `${principal}的「${matter.name}」${status}`,
        body: `您代办的事项有了新进度：${status}。请在“委托代办”里查看，需要时及时告知${principal}。`,
        target: `/mandates/${m.id}`,
      });
  }

  private async tellWithoutApp(principalId: string, matter: { code: string; name: string }, status: string) {
    if (await this.residentRows.hasSignIn(principalId)) return;
    const row = await this.residentRows.find(principalId);
    if (!row?.phoneEnc) return;
    await this.proof.notify(this.cipher.decrypt(row.phoneEnc), 'APPLICATION_STATUS', {
      matter: Array.from(matter.name).slice(0, 20).join(''),
      status: status.slice(0, 10),
    });
  }

  private failed(what: string, e: unknown): void {
    this.log.warn(`a matter step was not passed on (${what}): ${(e as Error).message}`);
  }
}
