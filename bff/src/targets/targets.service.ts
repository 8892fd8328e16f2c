import { Injectable } from '@nestjs/common';
import type { AgentStatsReport, ReviewCaseEventKind, ReviewCaseState, ServiceStatsReport } from '@zsb/contracts';
import { addWorkingDays, todayInShanghai } from '@zsb/domain';
import { StaffRepository } from '../auth/staff.repository';
import { BusinessCalendar } from '../calendar/business-calendar';
import { CenterDirectory } from '../catalog/center-directory';
import { AppError } from '../common/errors';
import { AppConfig } from '../config/app-config';
import { MandatesRepository } from '../mandates/mandates.repository';
import { agentStats } from './agent-stats';
import { serviceStats, type FeedbackFact, type ReviewFact } from './service-stats';
import { TargetsRepository, type ReviewFactRow } from './targets.repository';

/**
 * The policy's 好差评 and 办不成事 figures per center over a date range, for the centers the caller answers for
 * (window staff: their centers). The operator console (issue 14) will ask the same for a county's centers.
 */
@Injectable()
export class TargetsService {
  constructor(
    private readonly config: AppConfig,
    private readonly repo: TargetsRepository,
    private readonly staff: StaffRepository,
    private readonly directory: CenterDirectory,
    private readonly calendar: BusinessCalendar,
    private readonly mandates: MandatesRepository,
  ) {}

  async forStaff(staffId: string, from: string, to: string): Promise<ServiceStatsReport> {
    const centers = await this.staff.centersOf(staffId);
    if (centers.length === 0) throw new AppError('STAFF_ONLY');
    return this.report(centers, from, to);
  }

  async agentsForStaff(staffId: string, from: string, to: string): Promise<AgentStatsReport> {
    const centers = await this.staff.centersOf(staffId);
    if (centers.length === 0) throw new AppError('STAFF_ONLY');
    return this.agentReport(centers, from, to);
  }

  /** 帮办代办 per center: the console's 代办 counts per station. `from` and `to` are Beijing dates, both included. */
  async agentReport(centers: string[], from: string, to: string): Promise<AgentStatsReport> {
    const start = new Date(`${from}T00:00:00+08:00`);
    const end = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000);
    const facts = await this.mandates.agentFacts(centers, start, end);
    const mandates = facts.mandates.map((m) => ({
      id: m.id,
      centerId: m.center_id ?? '',
      principalId: m.principal_id,
      grantedAt: m.granted_at,
    }));
    const actions = facts.actions.map((a) => ({
      mandateId: a.mandate_id,
      action: a.action,
      matterName: a.matter_name,
      at: a.at,
    }));
    const name = (c: string) => this.directory.current().byId(c)?.name ?? c;
    return {
      from,
      to,
      items: centers.map((c) =>
        agentStats(
          { centerId: c, centerName: name(c) },
          mandates.filter((m) => m.centerId === c),
          actions,
        ),
      ),
      total: agentStats(
        { centerId: null, centerName: centers.length === 1 ? name(centers[0]) : '合计' },
        mandates,
        actions,
      ),
    };
  }

  /** Which of these applications and visits have been rated (the console's lists). */
  ratedOf(ids: string[]): Promise<Set<string>> {
    return this.repo.rated(ids);
  }

  /** `from` and `to` are Beijing dates, both included. */
  async report(centers: string[], from: string, to: string): Promise<ServiceStatsReport> {
    const start = new Date(`${from}T00:00:00+08:00`);
    const end = new Date(new Date(`${to}T00:00:00+08:00`).getTime() + 86_400_000);
    const [services, reviews, feedback] = await Promise.all([
      this.repo.services(centers, start, end),
      this.repo.reviews(centers, start, end),
      this.repo.feedback(centers, start, end),
    ]);
    const rated = await this.repo.rated(services.map((s) => s.id));
    const reviewFacts = reviews.map((r) => ({ center: r.center_id, fact: this.reviewFact(r) }));
    const feedbackFacts = feedback.map((f) => ({
      center: f.owner_center_id,
      fact: { type: f.type, due: f.due_on, answeredAt: f.answered_at } satisfies FeedbackFact,
    }));
    const of = (center: string | null) => ({
      services: services.filter((s) => center === null || s.center_id === center),
      reviews: reviewFacts.filter((r) => center === null || r.center === center).map((r) => r.fact),
      feedback: feedbackFacts.filter((f) => center === null || f.center === center).map((f) => f.fact),
    });
    const statsOf = (center: string | null, name: string) => {
      const x = of(center);
      return serviceStats({ centerId: center, centerName: name }, { ...x, rated });
    };
    return {
      from,
      to,
      items: centers.map((c) => statsOf(c, this.directory.current().byId(c)?.name ?? c)),
      total: statsOf(null, centers.length === 1 ? (this.directory.current().byId(centers[0])?.name ?? '') : '合计'),
    };
  }

  private reviewFact(r: ReviewFactRow): ReviewFact {
    const events = r.case_events as { kind: ReviewCaseEventKind; at: string }[];
    return {
      subjectKind: r.subject_kind,
      level: r.level,
      caseState: r.case_state as ReviewCaseState | null,
      events: events.slice().sort((a, b) => (a.at < b.at ? -1 : a.at > b.at ? 1 : 0)),
      rectifyDue: r.case_opened_at
        ? addWorkingDays(
            todayInShanghai(r.case_opened_at.getTime()),
            this.config.reviews.rectifyDays,
            this.calendar.working,
          )
        : null,
      satisfied: r.case_satisfied,
    };
  }
}
