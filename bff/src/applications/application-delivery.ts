import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { ResidentService } from '../auth/resident.service';
import { Clock } from '../common/clock';
import { PiiCipher } from '../common/pii-cipher';
import { OutboxPump, outboxBackoffMs } from '../common/outbox-pump';
import { randomDigits } from '../common/random';
import { AppConfig } from '../config/app-config';
import { MandatesRepository } from '../mandates/mandates.repository';
import { UploadsService } from '../uploads/uploads.service';
import { ApprovalPlatform, type ApprovalMaterial } from '../upstream/approval/approval.port';
import { UpstreamError } from '../upstream/http/upstream.error';
import { ApplicationEvents } from './application-events';
import { ApplicationsRepository, type ApplicationRow, type OutboxRow } from './applications.repository';
import { FormsService } from './forms.service';
import type { StoredMaterial, StoredPayload } from './stored';
import { PROGRESS_CODE_DIGITS } from './progress.service';

/**
 * The outbox worker: delivers recorded applications and 补正 answers to the approval platform, retrying with
 * backoff while it is down, and (as a fallback for lost callbacks) asks the platform about open applications.
 * Every delivery carries its own idempotency key, so a resend after an unknown outcome never duplicates.
 */
@Injectable()
export class ApplicationDelivery implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly log = new Logger('ApplicationDelivery');
  private timers: NodeJS.Timeout[] = [];
  private readonly pump = new OutboxPump<OutboxRow>(
    this.log,
    () => this.repo.leaseDue(new Date(this.clock.now()), this.config.applications.outboxBatch, this.leaseMs()),
    (row) => this.deliver(row),
  );

  constructor(
    private readonly config: AppConfig,
    private readonly repo: ApplicationsRepository,
    private readonly approval: ApprovalPlatform,
    private readonly residents: ResidentService,
    private readonly uploads: UploadsService,
    private readonly cipher: PiiCipher,
    private readonly events: ApplicationEvents,
    private readonly clock: Clock,
    private readonly forms: FormsService,
    private readonly mandates: MandatesRepository,
  ) {}

  onApplicationBootstrap(): void {
    const a = this.config.applications;
    this.timers = [
      setInterval(() => this.nudge(), a.outboxIntervalMs),
      setInterval(() => void this.pollOnce().catch(() => undefined), a.pollIntervalSec * 1000),
    ];
    for (const t of this.timers) t.unref();
  }

  onApplicationShutdown(): void {
    for (const t of this.timers) clearInterval(t);
  }

  /** Send what is due now (a new submission does not wait for the next tick). */
  nudge(): void {
    this.pump.nudge();
  }

  /** One pass over what is due; answers how many were delivered. Tests call it to wait for a pass to finish. */
  sendDue(): Promise<number> {
    return this.pump.sendDue();
  }

  /** Until every current delivery is done; for tests and shutdown. */
  idle(): Promise<void> {
    return this.pump.idle();
  }

  /** How long a leased row is ours: a delivery's every attempt and wait, and some. */
  private leaseMs(): number {
    return this.config.upstream.timeoutMs * (this.config.upstream.readRetries + 2) + 5_000;
  }

  private async deliver(row: OutboxRow): Promise<boolean> {
    const app = await this.repo.byId(row.application_id);
    if (!app) return false;
    if (row.mandate_id && (await this.mandates.find(row.mandate_id))?.revoked_at) {
      // The principal ended the 委托 before the platform had what the helper sent: it is not sent on their behalf.
      await this.repo.failed(row.id, 'the 委托 it was made under was revoked before delivery');
      this.log.warn(`application ${app.id}: ${row.kind} not delivered, its 委托 was revoked first`);
      await this.events.withdrawnWithMandate(app, row.kind);
      return false;
    }
    try {
      if (row.kind === 'submit') {
        const receipt = await this.approval.submit(await this.submission(app), row.upstream_key);
        // The public progress query is ours, so its code is too: the platform's 6 digits (a million values) could
        // be guessed number by number; 10 digits with a budget of wrong tries per number cannot.
        await this.repo.delivered(row, {
          number: receipt.applicationNo,
          queryCode: randomDigits(PROGRESS_CODE_DIGITS),
        });
        this.log.log(`application ${app.id} delivered as ${receipt.applicationNo} (attempt ${row.attempts})`);
      } else {
        if (!app.number || !row.body_enc)
          throw new UpstreamError('approval', 'unreachable', 'supplement before the submission was delivered');
        const body = JSON.parse(this.cipher.decrypt(row.body_enc)) as {
          requestId: string;
          values: Record<string, string>;
          materials: Record<string, StoredMaterial>;
        };
        await this.approval.supplement(
          app.number,
          { requestId: body.requestId, form: body.values, materials: await this.materials(app, body.materials) },
          row.upstream_key,
        );
        await this.repo.delivered(row, null);
      }
      return true;
    } catch (e) {
      const why =
        e instanceof UpstreamError ? (e.internalDetail ?? e.reason) : e instanceof Error ? e.message : String(e);
      if (e instanceof UpstreamError && e.reason === 'refused') {
        await this.repo.failed(row.id, why);
        this.log.error(`application ${app.id}: the platform refused the ${row.kind}: ${why}`);
        await this.events.deliveryRefused(app);
      } else {
        const jittered = outboxBackoffMs(row.attempts, this.config.applications);
        await this.repo.retryLater(row.id, new Date(this.clock.now() + jittered), why);
        this.log.warn(
          `application ${app.id}: ${row.kind} attempt ${row.attempts} failed, next in ${Math.round(jittered)} ms: ${why}`,
        );
      }
      return false;
    }
  }

  private async submission(app: ApplicationRow) {
    const payload = JSON.parse(this.cipher.decrypt(app.payload_enc)) as StoredPayload;
    const applicant = await this.residents.applicantOf(app.resident_id);
    const delivery = payload.delivery ?? { method: 'window' as const };
    return {
      matterCode: app.matter_code,
      matterName: app.matter_name,
      applicant,
      form: {
        ...payload.values,
        applicantName: applicant.name,
        applicantIdNumber: applicant.idNumber,
        applicantPhone: applicant.phone,
      },
      materials: await this.materials(app, app.materials as Record<string, StoredMaterial>),
      delivery:
        delivery.method === 'mail' && delivery.address
          ? { method: 'mail' as const, address: delivery.address }
          : { method: 'window' as const },
      themeId: app.theme_id,
      linkedKey: app.theme_id ? `${app.resident_id}:${app.theme_id}:${app.submitted_at.toISOString()}` : null,
    };
  }

  private async materials(app: ApplicationRow, stored: Record<string, StoredMaterial>): Promise<ApprovalMaterial[]> {
    const out: ApprovalMaterial[] = [];
    const names = this.materialNames(app.matter_code);
    for (const [key, m] of Object.entries(stored)) {
      const name = names.get(key) ?? key;
      if (m.kind === 'licence') {
        out.push({ key, name, kind: 'licence', licenceId: m.licenceId, licenceType: m.typeCode });
        continue;
      }
      for (const id of m.uploadIds) {
        const file = await this.uploads.read(app.resident_id, id);
        out.push({
          key,
          name,
          kind: 'file',
          fileName: file.name,
          contentType: file.contentType,
          sha256: file.sha256,
          size: file.bytes.length,
          content: file.bytes,
        });
      }
    }
    return out;
  }

  private materialNames(code: string): Map<string, string> {
    try {
      return new Map(this.forms.form(code).materials.map((m) => [m.key, m.name]));
    } catch {
      return new Map();
    }
  }

  /** The fallback for lost callbacks: ask the platform about open applications not heard of for a while. */
  async pollOnce(options: { all?: boolean } = {}): Promise<number> {
    const now = this.clock.now();
    const due = await this.repo.dueForPoll(
      new Date(options.all ? now + 1 : now - this.config.applications.pollIntervalSec * 1000),
      50,
    );
    let changed = 0;
    for (const app of due) {
      if (!app.number) continue;
      try {
        const record = await this.approval.get(app.number);
        changed += (await this.events.apply(app.id, record.events)).length;
        await this.repo.polled(app.id, new Date(now));
      } catch (e) {
        this.log.warn(`poll of ${app.number} failed: ${e instanceof Error ? e.message : String(e)}`);
        return changed;
      }
    }
    return changed;
  }
}
