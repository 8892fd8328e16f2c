import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type {
  AdminAreas,
  AdminMe,
  AuditPage,
  DashboardReport,
  FigureList,
  PersonGrant,
  PersonGrantList,
} from '@zsb/contracts';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { IdempotencyKey } from '../common/idempotency';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { grantableOf, scopesOf } from './admin-access';
import { AdminRolesService } from './admin-roles.service';
import { DashboardService } from './dashboard.service';
import {
  AuditQuery,
  DashboardQuery,
  FigureListQuery,
  GrantIdParams,
  PeopleQuery,
  PersonGrantDto,
} from './dto/admin.dto';
import { PeopleService } from './people.service';

const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

/**
 * The operators' console API: who the caller is, the 达标 dashboard, people and roles, the audit log
 * (admin-operations.controller.ts has places, closures, queues and search gaps). Every route reads the caller's roles
 * afresh (AdminRolesService.admin: 403 for anyone who administers nothing) and checks the area asked for (404
 * outside it, the same as an area that does not exist).
 */
@ApiTags('admin 管理后台')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'ADMIN_ONLY' })
@UseGuards(AuthGuard, RateLimitGuard)
@RateLimit({ name: 'admin', points: 600, durationSec: 60, by: 'resident' })
@Controller('api/v1/admin')
export class AdminController {
  constructor(
    private readonly roles: AdminRolesService,
    private readonly dashboard: DashboardService,
    private readonly people: PeopleService,
  ) {}

  @Get('me')
  @ApiOperation({ summary: '我的管理角色', description: '县级管理员、中心管理员可进入管理后台' })
  async me(@CurrentResident() me: SignedIn): Promise<AdminMe> {
    const held = await this.roles.admin(me.residentId);
    return {
      name: await this.people.maskedNameOf(me.residentId),
      scopes: scopesOf(held),
      grantable: grantableOf(held),
      canReadAudit: held.counties.length > 0,
    };
  }

  @Get('areas')
  @ApiOperation({ summary: '我管理的县、乡镇和中心（站）' })
  async areas(@CurrentResident() me: SignedIn): Promise<AdminAreas> {
    return this.roles.areas(await this.roles.admin(me.residentId));
  }

  @Get('dashboard')
  @ApiOperation({
    summary: '达标看板',
    description: '一个县（或下钻到一个乡镇）一个月的各项达标指标、近六个月走势，以及分乡镇（分中心）的数字',
  })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async report(@CurrentResident() me: SignedIn, @Query() q: DashboardQuery): Promise<DashboardReport> {
    const held = await this.roles.admin(me.residentId);
    const area = this.roles.area(held, q.county, q.township ?? null);
    return this.dashboard.report(area, this.roles.placesOf(area), q.month ?? thisMonth());
  }

  @Get('dashboard/list')
  @ApiOperation({ summary: '看板上一项数字背后的清单', description: '不含群众姓名、手机号、身份证号；最多 500 行' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async list(@CurrentResident() me: SignedIn, @Query() q: FigureListQuery): Promise<FigureList> {
    const held = await this.roles.admin(me.residentId);
    const area = this.roles.area(held, q.county, q.township ?? null);
    return this.dashboard.list(this.roles.placesOf(area), q.month ?? thisMonth(), q.figure);
  }

  @Get('people')
  @ApiOperation({ summary: '人员与角色', description: '本人管理范围内的县级管理员、中心管理员、窗口人员和帮办代办员' })
  async listPeople(@CurrentResident() me: SignedIn, @Query() q: PeopleQuery): Promise<PersonGrantList> {
    const held = await this.roles.admin(me.residentId);
    return this.people.list(held, q.county, q.centerId);
  }

  @Post('people')
  @RateLimit({ name: 'admin-grant', points: 60, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '授予角色',
    description: '按手机号找到已实名的用户，授予本人范围内可授予的角色；重复授予不产生变化；每次变化写入审计日志',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async grant(
    @CurrentResident() me: SignedIn,
    @Body() body: PersonGrantDto,
    @IdempotencyKey() _key: string | undefined,
  ): Promise<PersonGrant> {
    // A grant is the same whenever it is repeated (the person holds the role), so a retried request needs no
    // stored answer: it finds the role held and writes nothing, no second audit line either.
    const held = await this.roles.admin(me.residentId);
    return this.people.grant(me.residentId, held, body);
  }

  @Delete('people/:id')
  @HttpCode(204)
  @RateLimit({ name: 'admin-grant', points: 60, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '撤销角色', description: '已撤销的再撤销不产生变化；每次变化写入审计日志' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async revoke(@CurrentResident() me: SignedIn, @Param() params: GrantIdParams): Promise<void> {
    const held = await this.roles.admin(me.residentId);
    await this.people.revoke(me.residentId, held, params.id);
  }

  @Get('audit')
  @ApiOperation({
    summary: '审计日志',
    description: '县级管理员可查看本县的全部变更记录，最新的在前；任何人都不能修改或删除',
  })
  async audit(@CurrentResident() me: SignedIn, @Query() q: AuditQuery): Promise<AuditPage> {
    const held = await this.roles.admin(me.residentId);
    return this.people.audit(held, q.county, q.before);
  }
}
