import { Body, Controller, Get, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { HomeVisit, HomeVisitList, StaffHomeVisit, StaffHomeVisitList } from '@zsb/contracts';
import type { FastifyReply } from 'fastify';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { inScope, requireInScope } from '../common/acting';
import { ErrorBodyDto } from '../common/error-body.dto';
import { IdempotencyKey } from '../common/idempotency';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { Delegable } from '../mandates/acting.guard';
import { HomeVisitDto, HomeVisitIdParams, StaffHomeVisitActionDto } from './dto/home-visits.dto';
import { HomeVisitsService } from './home-visits.service';

@ApiTags('home-visits 上门服务')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1')
export class HomeVisitsController {
  constructor(private readonly visits: HomeVisitsService) {}

  @Post('home-visits')
  @RateLimit({ name: 'home-visit-resident', points: 10, durationSec: 3600, by: 'resident' })
  @ApiOperation({
    summary: '申请上门服务',
    description:
      '年老、残疾、重病等不能到场的，请办理该事项的中心上门；代办人可按委托代为申请。带 Idempotency-Key 重试返回第一次的结果',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ description: 'HomeVisit' })
  @Delegable({
    level: 'handle',
    matterFrom: { in: 'body', key: 'matterCode' },
    record: '申请上门服务',
    recordOnStatus: 201,
  })
  async request(
    @CurrentResident() me: SignedIn,
    @Body() body: HomeVisitDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HomeVisit> {
    const { visit, replayed } = await this.visits.request(
      me.residentId,
      { ...body, ...(me.actingFor ? { actingFor: me.actingFor } : {}) },
      key,
    );
    void reply.status(replayed ? 200 : 201);
    return visit;
  }

  @Get('home-visits')
  @ApiOperation({ summary: '我的上门服务' })
  @Delegable({ level: 'query' })
  async list(@CurrentResident() me: SignedIn): Promise<HomeVisitList> {
    const list = await this.visits.list(me.residentId);
    return { items: list.items.filter((v) => inScope(me.actingFor, v.matterCode)) };
  }

  @Get('home-visits/:id')
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @Delegable({ level: 'query' })
  async get(@CurrentResident() me: SignedIn, @Param() params: HomeVisitIdParams): Promise<HomeVisit> {
    const visit = await this.visits.get(me.residentId, params.id);
    requireInScope(me.actingFor, visit.matterCode, 'HOME_VISIT_NOT_FOUND');
    return visit;
  }

  @Post('home-visits/:id/cancel')
  @HttpCode(200)
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'HOME_VISIT_STEP_NOT_OPEN' })
  @Delegable({ level: 'handle', record: '取消上门服务' })
  async cancel(@CurrentResident() me: SignedIn, @Param() params: HomeVisitIdParams): Promise<HomeVisit> {
    if (me.actingFor) await this.get(me, params);
    return this.visits.cancel(me.residentId, params.id);
  }

  @Get('staff/home-visits')
  @ApiOperation({ summary: '本中心的上门服务申请', description: '仅窗口工作人员；待安排和已安排的在前' })
  staffQueue(@CurrentResident() me: SignedIn): Promise<StaffHomeVisitList> {
    return this.visits.queue(me.residentId);
  }

  @Post('staff/home-visits/:id/actions')
  @HttpCode(200)
  @RateLimit({ name: 'home-visit-staff', points: 300, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '处理上门服务申请',
    description: '安排上门（时间）、不能上门（原因）、已上门；处理后通知群众和代办人',
  })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'HOME_VISIT_STEP_NOT_OPEN' })
  act(
    @CurrentResident() me: SignedIn,
    @Param() params: HomeVisitIdParams,
    @Body() body: StaffHomeVisitActionDto,
  ): Promise<StaffHomeVisit> {
    return this.visits.act(me.residentId, params.id, body);
  }
}
