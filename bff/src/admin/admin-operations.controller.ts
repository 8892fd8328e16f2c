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
  AdminPlaceList,
  Closure,
  ClosureList,
  OperatorSynonym,
  QueueItem,
  QueueList,
  SearchGapList,
  SynonymList,
} from '@zsb/contracts';
import type { FastifyReply } from 'fastify';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { IdempotencyKey } from '../common/idempotency';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { AdminRolesService } from './admin-roles.service';
import { ClosuresAdminService } from './closures-admin.service';
import {
  ClosureDto,
  ClosureListQuery,
  PlacesQuery,
  QueueAssignDto,
  QueueQuery,
  SearchGapsQuery,
  SynonymDto,
  SynonymIdParams,
} from './dto/admin.dto';
import { PlacesService } from './places.service';
import { QueuesService } from './queues.service';
import { SearchGapsService } from './search-gaps.service';

/**
 * The console's daily work: places and their closures, the work queues, search gaps and synonyms. Like every admin
 * route, each reads the caller's roles afresh (403 for anyone who administers nothing) and checks the area (404).
 */
@ApiTags('admin 管理后台')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'ADMIN_ONLY' })
@UseGuards(AuthGuard, RateLimitGuard)
@RateLimit({ name: 'admin', points: 600, durationSec: 60, by: 'resident' })
@Controller('api/v1/admin')
export class AdminOperationsController {
  constructor(
    private readonly roles: AdminRolesService,
    private readonly places: PlacesService,
    private readonly queues: QueuesService,
    private readonly closures: ClosuresAdminService,
    private readonly searchGaps: SearchGapsService,
  ) {}

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
}
