import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, Res, UseGuards } from '@nestjs/common';
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
  AdminPlaceList,
  Closure,
  ClosureList,
  DashboardReport,
  OperatorSynonym,
  QueueItem,
  QueueList,
  SearchGapList,
  SynonymList,
  FigureList,
  PersonGrant,
  PersonGrantList,
} from '@zsb/contracts';
import type { FastifyReply } from 'fastify';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { IdempotencyKey } from '../common/idempotency';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { grantableOf, scopesOf } from './admin-access';
import { AdminRolesService } from './admin-roles.service';
import { DashboardService } from './dashboard.service';
import { ClosuresAdminService } from './closures-admin.service';
import {
  AuditQuery,
  ClosureDto,
  ClosureListQuery,
  DashboardQuery,
  FigureListQuery,
  GrantIdParams,
  PeopleQuery,
  PersonGrantDto,
  PlacesQuery,
  QueueAssignDto,
  QueueQuery,
  SearchGapsQuery,
  SynonymDto,
  SynonymIdParams,
} from './dto/admin.dto';
import { SearchGapsService } from './search-gaps.service';
import { PlacesService } from './places.service';
import { QueuesService } from './queues.service';
import { PeopleService } from './people.service';

const thisMonth = () => new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 7);

/**
 * The operators' console API. Every route reads the caller's roles afresh (AdminRolesService.admin: 403 for anyone
 * who administers nothing) and checks the area asked for (404 outside it, the same as an area that does not exist).
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
    private readonly closures: ClosuresAdminService,
    private readonly places: PlacesService,
    private readonly queues: QueuesService,
    private readonly searchGaps: SearchGapsService,
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

  @Get('centers')
  @ApiOperation({
    summary: '中心与服务',
    description:
      '本人范围内的中心、服务站、银行网点和自助终端：办公时间（延时、午休）、窗口、事项数、服务类型、人员、未结束的暂停服务',
  })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async listPlaces(@CurrentResident() me: SignedIn, @Query() q: PlacesQuery): Promise<AdminPlaceList> {
    const held = await this.roles.admin(me.residentId);
    return this.places.list(this.roles.area(held, q.county, q.township ?? null));
  }

  @Get('queues')
  @ApiOperation({
    summary: '工作队列',
    description: '本人范围内的差评整改、办不成事、咨询和上门服务，已超期的在前；最多 500 条',
  })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async listQueue(@CurrentResident() me: SignedIn, @Query() q: QueueQuery): Promise<QueueList> {
    const held = await this.roles.admin(me.residentId);
    return this.queues.list(held, {
      county: q.county,
      centerId: q.centerId,
      kind: q.kind,
      open: q.open === undefined ? undefined : q.open === 'true',
    });
  }

  @Post('queues/assign')
  @HttpCode(200)
  @RateLimit({ name: 'admin-assign', points: 300, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '指派承办人',
    description: '把一条待办交给其所在中心的窗口人员或中心管理员；重复指派给同一人不产生变化；写入审计日志',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async assign(
    @CurrentResident() me: SignedIn,
    @Body() body: QueueAssignDto,
    @IdempotencyKey() _key: string | undefined,
  ): Promise<QueueItem> {
    // Assigning is the same whenever it is repeated: a retry finds it done and writes nothing.
    const held = await this.roles.admin(me.residentId);
    return this.queues.assign(me.residentId, held, body);
  }

  @Post('closures')
  @RateLimit({ name: 'admin-closure', points: 30, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '临时停止服务',
    description:
      '停电、装修等：选择中心和时段；时段内的预约在同一事务里改到该中心之后的第一个空闲时段（没有则取消），候补结束，并逐一通知群众原因；带 Idempotency-Key 重试返回第一次的结果',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async close(
    @CurrentResident() me: SignedIn,
    @Body() body: ClosureDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Closure> {
    const held = await this.roles.admin(me.residentId);
    const { closure, replayed } = await this.closures.close(me.residentId, held, body, key);
    void reply.status(replayed ? 200 : 201);
    return closure;
  }

  @Get('closures')
  @ApiOperation({ summary: '暂停服务记录', description: '本人管理范围内各中心的暂停服务，最新的在前' })
  async listClosures(@CurrentResident() me: SignedIn, @Query() q: ClosureListQuery): Promise<ClosureList> {
    const held = await this.roles.admin(me.residentId);
    return this.closures.list(held, q.county, q.centerId);
  }

  @Get('search-gaps')
  @ApiOperation({
    summary: '搜索缺口',
    description: '群众搜索后没有找到任何事项的词（数字已隐去），按次数排列，最多 200 个；县级管理员',
  })
  async gaps(@CurrentResident() me: SignedIn, @Query() q: SearchGapsQuery): Promise<SearchGapList> {
    const held = await this.roles.admin(me.residentId);
    return this.searchGaps.gaps(held, Number(q.days ?? 30));
  }

  @Get('synonyms')
  @ApiOperation({ summary: '搜索同义词', description: '管理员添加的说法与对应的词，及其是否已在当前目录中生效' })
  async synonyms(@CurrentResident() me: SignedIn): Promise<SynonymList> {
    return this.searchGaps.list(await this.roles.admin(me.residentId));
  }

  @Post('synonyms')
  @RateLimit({ name: 'admin-synonym', points: 60, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '添加搜索同义词',
    description: '群众说 X 时也搜 Y（Y 须是事项名称里出现的词）；下次目录同步后对所有人生效；写入审计日志',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async addSynonym(
    @CurrentResident() me: SignedIn,
    @Body() body: SynonymDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OperatorSynonym> {
    const held = await this.roles.admin(me.residentId);
    const { synonym, replayed } = await this.searchGaps.add(me.residentId, held, body, key);
    void reply.status(replayed ? 200 : 201);
    return synonym;
  }

  @Delete('synonyms/:id')
  @HttpCode(204)
  @ApiOperation({ summary: '删除搜索同义词', description: '下次目录同步后不再生效；写入审计日志' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async removeSynonym(@CurrentResident() me: SignedIn, @Param() params: SynonymIdParams): Promise<void> {
    await this.searchGaps.remove(me.residentId, await this.roles.admin(me.residentId), params.id);
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
