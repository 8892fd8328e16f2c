import { randomBytes, randomInt } from 'node:crypto';
import { maskName } from '@zsb/domain';
import { departmentFor, wordingOf, type StepContext } from './approval-offices';
import type {
  ApplicationEvent,
  ApplicationMaterial,
  FileMaterial,
  LicenceMaterial,
  ApplicationListing,
  ApplicationReceipt,
  ApplicationRequest,
  ApplicationView,
  ApprovalStatus,
  SupplementAnswer,
  SupplementItem,
  SupplementReceipt,
} from './approval-wire';
import { isoShanghai } from './seed/catalog';
import { conflict } from './idempotency';
import type { Outcome } from './reply';
import type { Task } from './wire';

export type { Outcome } from './reply';

/** One request body seen under one Idempotency-Key, and what was answered to it. */
interface Receipt<A> {
  fingerprint: string;
  answer: A;
  receipts: number;
}

// Uploaded contents are checked on arrival and then dropped: the sandbox keeps what a case file lists.
type StoredMaterial = LicenceMaterial | Omit<FileMaterial, 'content_base64'>;
type StoredRequest = Omit<ApplicationRequest, 'materials'> & { materials: StoredMaterial[] };

const withoutContent = (materials: readonly ApplicationMaterial[]): StoredMaterial[] =>
  materials.map((m) => {
    if (m.kind === 'licence') return m;
    const { content_base64: _content, ...rest } = m;
    return rest;
  });

interface StoredApplication {
  no: string;
  queryCode: string;
  request: StoredRequest;
  task: Task;
  department: string;
  idempotencyKey: string;
  receipt: Receipt<ApplicationReceipt>;
  submittedAt: string;
  status: ApprovalStatus;
  events: ApplicationEvent[];
  /** The open 补正 request while status is NEED_SUPPLEMENT. */
  outstanding: { request_id: string; items: SupplementItem[] } | null;
  supplements: Map<string, Receipt<SupplementReceipt>>;
}

// The happy path; COMPLETED leads on to DELIVERED only for mail delivery.
const NEXT: Partial<Record<ApprovalStatus, ApprovalStatus>> = {
  SUBMITTED: 'PRE_REVIEW',
  PRE_REVIEW: 'ACCEPTED',
  ACCEPTED: 'IN_REVIEW',
  IN_REVIEW: 'DECIDED',
  DECIDED: 'COMPLETED',
  COMPLETED: 'DELIVERED',
};

/** A supplement can be asked for until the department decides. */
const SUPPLEMENTABLE: ReadonlySet<ApprovalStatus> = new Set(['SUBMITTED', 'PRE_REVIEW', 'ACCEPTED', 'IN_REVIEW']);

const digits = (n: number): string => Array.from({ length: n }, () => randomInt(10)).join('');

export const SUPPLEMENT_MISMATCH = '40901';

/**
 * The approval system's applications in one server's memory: receipts per Idempotency-Key, the status machine
 * and the event log. Every new event goes to `onEvent` (the callback sender) after it is stored.
 */
export class ApprovalState {
  private readonly byNo = new Map<string, StoredApplication>();
  private readonly byKey = new Map<string, StoredApplication>();

  constructor(
    private readonly clock: () => number,
    private readonly onEvent: (applicationNo: string, event: ApplicationEvent) => void,
  ) {}

  /** A receipt already given for this key: the same answer, or a conflict when the body differs. */
  replay(key: string, fingerprint: string): Outcome<ApplicationReceipt> | null {
    const app = this.byKey.get(key);
    if (!app) return null;
    app.receipt.receipts += 1;
    if (app.receipt.fingerprint !== fingerprint) {
      return conflict;
    }
    return { ok: app.receipt.answer };
  }

  submit(key: string, fingerprint: string, request: ApplicationRequest, task: Task): ApplicationReceipt {
    const now = this.clock();
    const at = isoShanghai(now);
    const no = this.newApplicationNo(task, at);
    const answer: ApplicationReceipt = {
      application_no: no,
      query_code: digits(6),
      status: 'SUBMITTED',
      accepted_at: at,
    };
    const app: StoredApplication = {
      no,
      queryCode: answer.query_code,
      request: { ...request, materials: withoutContent(request.materials) },
      task,
      department: departmentFor(task, request.applicant.id_number),
      idempotencyKey: key,
      receipt: { fingerprint, answer, receipts: 1 },
      submittedAt: at,
      status: 'SUBMITTED',
      events: [],
      outstanding: null,
      supplements: new Map(),
    };
    this.byNo.set(no, app);
    this.byKey.set(key, app);
    this.record(app, 'SUBMITTED', {});
    return answer;
  }

  view(no: string): ApplicationView | null {
    const app = this.byNo.get(no);
    if (!app) return null;
    return {
      application_no: app.no,
      matter_code: app.task.task_code,
      status: app.status,
      query_code: app.queryCode,
      submitted_at: app.submittedAt,
      promised_days: app.task.promise_day,
      events: app.events.map((e) => ({ ...e })),
    };
  }

  events(no: string): ApplicationEvent[] | null {
    return this.byNo.get(no)?.events.slice() ?? null;
  }

  listing(): ApplicationListing[] {
    return [...this.byNo.values()].map((a) => ({
      application_no: a.no,
      idempotency_key: a.idempotencyKey,
      receipts: a.receipt.receipts,
      status: a.status,
      matter_code: a.task.task_code,
      applicant_name: maskName(a.request.applicant.name),
    }));
  }

  /** Moves one application (or every open one) up to `steps` along the path; answers what moved. */
  advance(
    no: string | null,
    steps: number,
  ): Outcome<{ application_no: string; status: ApprovalStatus; moved: number }[]> {
    let targets: StoredApplication[];
    if (no !== null) {
      const app = this.byNo.get(no);
      if (!app) return { status: 404, msg: `application ${no} not found` };
      targets = [app];
    } else {
      targets = [...this.byNo.values()].filter((a) => this.next(a) !== null);
    }
    return {
      ok: targets.map((app) => {
        let moved = 0;
        for (let next = this.next(app); next !== null && moved < steps; next = this.next(app)) {
          this.record(app, next, next === 'DELIVERED' ? { waybill: `10${digits(11)}` } : {});
          moved += 1;
        }
        return { application_no: app.no, status: app.status, moved };
      }),
    };
  }

  requestSupplement(no: string, items: SupplementItem[]): Outcome<ApplicationEvent> {
    const app = this.byNo.get(no);
    if (!app) return { status: 404, msg: `application ${no} not found` };
    if (!SUPPLEMENTABLE.has(app.status))
      return {
        status: 409,
        msg: `application is ${app.status}; a supplement can be asked for only before the decision`,
      };
    app.outstanding = { request_id: `BZ${randomBytes(8).toString('hex').toUpperCase()}`, items };
    return { ok: this.record(app, 'NEED_SUPPLEMENT', { items }) };
  }

  /** The resident's 补正: exactly the asked keys; the same key again answers the same. */
  answerSupplement(no: string, key: string, fingerprint: string, answer: SupplementAnswer): Outcome<SupplementReceipt> {
    const app = this.byNo.get(no);
    if (!app) return { status: 404, msg: `application ${no} not found` };
    const seen = app.supplements.get(key);
    if (seen) {
      seen.receipts += 1;
      if (seen.fingerprint !== fingerprint) return conflict;
      return { ok: seen.answer };
    }
    const open = app.outstanding;
    if (app.status !== 'NEED_SUPPLEMENT' || !open)
      return { status: 409, code: SUPPLEMENT_MISMATCH, msg: 'no supplement is outstanding for this application' };
    if (answer.request_id !== open.request_id)
      return { status: 409, code: SUPPLEMENT_MISMATCH, msg: 'request_id is not the outstanding supplement request' };
    const asked = (kind: 'field' | 'material'): string[] =>
      open.items
        .filter((i) => i.kind === kind)
        .map((i) => i.key)
        .sort();
    const sameKeys = (a: string[], b: string[]): boolean => a.length === b.length && a.every((k, i) => k === b[i]);
    if (
      !sameKeys(Object.keys(answer.form).sort(), asked('field')) ||
      !sameKeys(answer.materials.map((m) => m.key).sort(), asked('material'))
    ) {
      return {
        status: 409,
        code: SUPPLEMENT_MISMATCH,
        msg: 'form and materials must answer exactly the requested items',
      };
    }
    const receipt: SupplementReceipt = {
      application_no: app.no,
      request_id: open.request_id,
      status: 'PRE_REVIEW',
      accepted_at: isoShanghai(this.clock()),
    };
    app.supplements.set(key, { fingerprint, answer: receipt, receipts: 1 });
    app.outstanding = null;
    app.request = {
      ...app.request,
      form: { ...app.request.form, ...answer.form },
      materials: [
        ...app.request.materials.filter((m) => !answer.materials.some((n) => n.key === m.key)),
        ...withoutContent(answer.materials),
      ],
    };
    this.record(app, 'PRE_REVIEW', { afterSupplement: true });
    return { ok: receipt };
  }

  reject(no: string, reason: string): Outcome<ApplicationEvent> {
    const app = this.byNo.get(no);
    if (!app) return { status: 404, msg: `application ${no} not found` };
    if (this.terminal(app)) return { status: 409, msg: `application is ${app.status} and can no longer be rejected` };
    app.outstanding = null;
    return { ok: this.record(app, 'REJECTED', { reason }) };
  }

  private terminal(app: StoredApplication): boolean {
    return (
      app.status === 'REJECTED' ||
      app.status === 'DELIVERED' ||
      (app.status === 'COMPLETED' && app.request.delivery?.method !== 'mail')
    );
  }

  /** The next step on the path, or null at the end or while waiting for the resident's supplement. */
  private next(app: StoredApplication): ApprovalStatus | null {
    if (this.terminal(app) || app.status === 'NEED_SUPPLEMENT') return null;
    return NEXT[app.status] ?? null;
  }

  private record(app: StoredApplication, status: ApprovalStatus, extra: Partial<StepContext>): ApplicationEvent {
    const seq = app.events.length + 1;
    const wording = wordingOf(status, {
      department: app.department,
      promisedDays: app.task.promise_day,
      delivery: app.request.delivery,
      ...extra,
    });
    const event: ApplicationEvent = {
      event_id: `${app.no}-${String(seq).padStart(3, '0')}`,
      seq,
      status,
      at: isoShanghai(this.clock()),
      office: wording.office,
      note: wording.note,
      supplement:
        status === 'NEED_SUPPLEMENT' && app.outstanding
          ? { request_id: app.outstanding.request_id, items: app.outstanding.items.map((i) => ({ ...i })) }
          : null,
    };
    app.events.push(event);
    app.status = status;
    this.onEvent(app.no, event);
    return event;
  }

  /** HN + the region of the matter + yyyymmdd (Beijing) + 8 random digits, unique in this server. */
  private newApplicationNo(task: Task, at: string): string {
    const prefix = `HN${task.task_code.slice(0, 6)}${at.slice(0, 10).replace(/-/g, '')}`;
    for (;;) {
      const no = prefix + digits(8);
      if (!this.byNo.has(no)) return no;
    }
  }
}
