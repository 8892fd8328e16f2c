import { Body, Controller, Delete, Get, HttpCode, Param, Post, Put, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type {
  ApplicationDetail,
  ApplicationDraft,
  ApplicationForm,
  ApplicationList,
  DraftList,
  ThemeApplicationResult,
  ThemeForm,
} from '@zsb/contracts';
import { ThemeIdParams } from '../catalog/dto/matter-query.dto';
import type { FastifyReply } from 'fastify';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { requireInScope, inScope } from '../common/acting';
import { ErrorBodyDto } from '../common/error-body.dto';
import { Delegable } from '../mandates/acting.guard';
import { IdempotencyKey } from '../common/idempotency';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { APPLICATION_BODY_LIMIT, BodyLimit } from '../common/request-body';
import { ApplicationsService } from './applications.service';
import { DraftsService } from './drafts.service';
import {
  ApplicationDto,
  DraftDto,
  IdParams,
  MatterCodeParams,
  parseInputParts,
  SupplementDto,
  ThemeApplicationDto,
} from './dto/applications.dto';
import { FormsService } from './forms.service';

@ApiTags('applications 掌上办申请')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'IDENTITY_REQUIRED：需先实名认证' })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1')
export class ApplicationsController {
  constructor(
    private readonly forms: FormsService,
    private readonly drafts: DraftsService,
    private readonly applications: ApplicationsService,
  ) {}

  @Get('matters/:code/form')
  @ApiOperation({
    summary: '申请表',
    description:
      '由办事指南生成：字段（类型、校验规则）、材料（电子证照或上传）、领取方式；身份字段来自实名认证，已锁定并脱敏显示',
  })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'FORM_NOT_AVAILABLE：该事项不能掌上办' })
  @Delegable({ level: 'handle', matterFrom: { in: 'params', key: 'code' } })
  form(@CurrentResident() me: SignedIn, @Param() params: MatterCodeParams): Promise<ApplicationForm> {
    return this.forms.formFor(me.residentId, params.code);
  }

  @Get('themes/:id/form')
  @ApiOperation({
    summary: '一件事一次办：合并申请表',
    description: '主题内能掌上办的事项合成一张表，相同字段和材料只填一次；不能掌上办的事项列在 atWindow',
  })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  themeForm(@CurrentResident() me: SignedIn, @Param() params: ThemeIdParams): Promise<ThemeForm> {
    return this.forms.themeFor(me.residentId, params.id);
  }

  @Post('theme-applications')
  @BodyLimit(APPLICATION_BODY_LIMIT)
  @RateLimit({ name: 'application-resident', points: 60, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '一件事一次办：提交', description: '一次提交，生成关联的多件申请，各自报送、各自进度' })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  async submitTheme(
    @CurrentResident() me: SignedIn,
    @Body() body: ThemeApplicationDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ThemeApplicationResult> {
    const parts = parseInputParts(body, { delivery: true });
    const { result, replayed } = await this.applications.submitTheme(me.residentId, { ...body, ...parts }, key);
    void reply.status(replayed ? 200 : 201);
    return result;
  }

  @Put('application-drafts/:id')
  @BodyLimit(APPLICATION_BODY_LIMIT)
  @RateLimit({ name: 'draft-resident', points: 600, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '保存草稿', description: '编号由 App 生成；保存 30 天，换手机也能接着填' })
  @Delegable({ level: 'handle', matterFrom: { in: 'body', key: 'matterCode' } })
  saveDraft(
    @CurrentResident() me: SignedIn,
    @Param() params: IdParams,
    @Body() body: DraftDto,
  ): Promise<ApplicationDraft> {
    const parts = parseInputParts(body, { delivery: true });
    return this.drafts.save(me.residentId, params.id, {
      matterCode: body.matterCode,
      ...parts,
      ...(body.step ? { step: body.step } : {}),
    });
  }

  @Get('application-drafts')
  @Delegable({ level: 'handle' })
  async listDrafts(@CurrentResident() me: SignedIn): Promise<DraftList> {
    const list = await this.drafts.list(me.residentId);
    return { ...list, items: list.items.filter((d) => inScope(me.actingFor, d.matterCode)) };
  }

  @Get('application-drafts/:id')
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @Delegable({ level: 'handle' })
  async getDraft(@CurrentResident() me: SignedIn, @Param() params: IdParams): Promise<ApplicationDraft> {
    const draft = await this.drafts.get(me.residentId, params.id);
    requireInScope(me.actingFor, draft.matterCode, 'DRAFT_NOT_FOUND');
    return draft;
  }

  @Delete('application-drafts/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @Delegable({ level: 'handle' })
  async deleteDraft(@CurrentResident() me: SignedIn, @Param() params: IdParams): Promise<void> {
    if (me.actingFor) await this.getDraft(me, params);
    await this.drafts.delete(me.residentId, params.id);
  }

  @Post('applications')
  @BodyLimit(APPLICATION_BODY_LIMIT)
  @RateLimit({ name: 'application-resident', points: 60, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '提交申请',
    description:
      '先记录（已提交），再经发件箱报送省平台：平台暂时连不上也不会丢；平台接收后生成办件编号。带 Idempotency-Key 重试返回第一次的结果',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiCreatedResponse({ description: 'ApplicationDetail' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'LICENCE_CONSENT_REQUIRED / FORM_NOT_AVAILABLE' })
  @Delegable({
    level: 'handle',
    matterFrom: { in: 'body', key: 'matterCode' },
    record: '提交申请',
    recordOnStatus: 201,
  })
  async submit(
    @CurrentResident() me: SignedIn,
    @Body() body: ApplicationDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ApplicationDetail> {
    const parts = parseInputParts(body, { delivery: true });
    const { detail, replayed } = await this.applications.submit(
      me.residentId,
      { ...body, ...parts, ...(me.actingFor ? { actingFor: me.actingFor } : {}) },
      key,
    );
    void reply.status(replayed ? 200 : 201);
    return detail;
  }

  @Get('applications')
  @ApiOperation({ summary: '我的办件', description: '代办人（X-Acting-For）只看到委托范围内的事项' })
  @Delegable({ level: 'query' })
  async list(@CurrentResident() me: SignedIn): Promise<ApplicationList> {
    const list = await this.applications.list(me.residentId);
    return { ...list, items: list.items.filter((a) => inScope(me.actingFor, a.matterCode)) };
  }

  @Get('applications/:id')
  @ApiOperation({
    summary: '办件详情',
    description: '时间线（每一步的时间、部门、说明）、承诺办结日期（按工作日计算）、待补正事项',
  })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @Delegable({ level: 'query' })
  async get(@CurrentResident() me: SignedIn, @Param() params: IdParams): Promise<ApplicationDetail> {
    const detail = await this.applications.get(me.residentId, params.id);
    requireInScope(me.actingFor, detail.matterCode, 'APPLICATION_NOT_FOUND');
    return detail;
  }

  @Post('applications/:id/supplements')
  @BodyLimit(APPLICATION_BODY_LIMIT)
  @HttpCode(200)
  @RateLimit({ name: 'supplement-resident', points: 30, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '补正', description: '只补充要求的字段和材料' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'SUPPLEMENT_NOT_REQUESTED' })
  @Delegable({ level: 'handle', record: '补正' })
  async supplement(
    @CurrentResident() me: SignedIn,
    @Param() params: IdParams,
    @Body() body: SupplementDto,
  ): Promise<ApplicationDetail> {
    if (me.actingFor) await this.get(me, params);
    const parts = parseInputParts(body, { delivery: false });
    return this.applications.supplement(me.residentId, params.id, {
      ...(body.values ? { values: parts.values } : {}),
      ...(body.materials ? { materials: parts.materials } : {}),
      ...(me.actingFor ? { actingFor: me.actingFor } : {}),
    });
  }
}
