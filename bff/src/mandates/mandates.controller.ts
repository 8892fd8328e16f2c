import { Body, Controller, Get, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type {
  IdentitySmsCodeSent,
  Mandate,
  MandateActionList,
  MandateInvite,
  MandateInviteInfo,
  MandateList,
  MandateReadbackSent,
} from '@zsb/contracts';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { IdempotencyKey } from '../common/idempotency';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import {
  InviteTokenDto,
  MandateConfirmDto,
  MandateFaceDto,
  MandateGrantDto,
  MandateIdParams,
  MandateInviteDto,
  MandateReadbackDto,
  ReadbackIdParams,
} from './dto/mandates.dto';
import { FaceGrantService } from './face-grant.service';
import { MandatesService } from './mandates.service';
import { ReadbackService } from './readback.service';

@ApiTags('mandates 帮办代办')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1')
export class MandatesController {
  constructor(
    private readonly mandates: MandatesService,
    private readonly readback: ReadbackService,
    private readonly faces: FaceGrantService,
  ) {}

  @Get('mandates')
  @ApiOperation({ summary: '委托代办', description: '我委托别人的（granted）和别人委托我的（held），新的在前' })
  list(@CurrentResident() me: SignedIn): Promise<MandateList> {
    return this.mandates.list(me.residentId);
  }

  @Get('mandates/:id')
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@CurrentResident() me: SignedIn, @Param() params: MandateIdParams): Promise<Mandate> {
    return this.mandates.get(me.residentId, params.id);
  }

  @Get('mandates/:id/actions')
  @ApiOperation({ summary: '代办记录', description: '代办人在这项委托下做了什么、什么时候做的' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  actions(@CurrentResident() me: SignedIn, @Param() params: MandateIdParams): Promise<MandateActionList> {
    return this.mandates.actions(me.residentId, params.id);
  }

  @Post('mandates/:id/revoke')
  @HttpCode(200)
  @RateLimit({ name: 'mandate-revoke', points: 60, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '撤销委托', description: '委托人或代办人都可以撤销；立即生效，代办人之后的操作都会被拒绝' })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'MANDATE_NOT_ACTIVE：已经撤销或到期' })
  revoke(@CurrentResident() me: SignedIn, @Param() params: MandateIdParams): Promise<Mandate> {
    return this.mandates.revoke(me.residentId, params.id);
  }

  @Post('mandate-invites')
  @RateLimit({ name: 'mandate-invite', points: 60, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '代办码', description: '代办人出示，委托人用自己的手机扫码后确认委托；10 分钟有效' })
  invite(@CurrentResident() me: SignedIn, @Body() body: MandateInviteDto): Promise<MandateInvite> {
    return this.mandates.invite(me.residentId, body);
  }

  @Post('mandate-invites/lookup')
  @HttpCode(200)
  @RateLimit({ name: 'mandate-invite-lookup', points: 30, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '扫到的代办码是谁的', description: '委托人确认前先看清代办人（姓名脱敏）和所在中心' })
  lookup(@CurrentResident() me: SignedIn, @Body() body: InviteTokenDto): Promise<MandateInviteInfo> {
    return this.mandates.lookupInvite(me.residentId, body.inviteToken);
  }

  @Post('mandates/code')
  @HttpCode(200)
  @RateLimit({ name: 'mandate-code', points: 10, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '委托确认验证码', description: '发到委托人本人实名登记的手机，短信里写明代办人' })
  code(@CurrentResident() me: SignedIn, @Body() body: InviteTokenDto): Promise<IdentitySmsCodeSent> {
    return this.mandates.sendGrantCode(me.residentId, body.inviteToken);
  }

  @Post('mandates')
  @RateLimit({ name: 'mandate-grant', points: 20, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '委托（本人手机）',
    description: '扫代办码、选事项和期限、填短信验证码。带 Idempotency-Key 重试返回第一次的结果',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'MANDATE_NOT_ALLOWED：委托自己，或亲友已满 5 位' })
  grant(
    @CurrentResident() me: SignedIn,
    @Body() body: MandateGrantDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<Mandate> {
    return this.mandates.grant(me.residentId, body, key);
  }

  @Post('mandates/face')
  @RateLimit({ name: 'mandate-face', points: 10, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '亲情账号（刷脸委托）',
    description:
      '亲友在自己手机上为委托人刷脸（委托人本人在场），把核验结果交给这里；通过且是本人即生效，最多 5 位亲友。带 Idempotency-Key 重试返回第一次的结果',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'MANDATE_NOT_ALLOWED：委托自己，或亲友已满 5 位' })
  face(
    @CurrentResident() me: SignedIn,
    @Body() body: MandateFaceDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<Mandate> {
    return this.faces.grant(me.residentId, body, key);
  }

  @Post('mandate-requests')
  @HttpCode(202)
  @RateLimit({ name: 'mandate-request', points: 20, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '代办申请（委托人没有智能手机）',
    description:
      '代办人填写委托人的姓名和身份证号（从未用过掌上办的再填本人名下手机号），验证码发到委托人实名登记的手机；无论是否找到此人，回答都一样',
  })
  request(@CurrentResident() me: SignedIn, @Body() body: MandateReadbackDto): Promise<MandateReadbackSent> {
    return this.readback.request(me.residentId, body);
  }

  @Post('mandate-requests/:id/confirm')
  @RateLimit({ name: 'mandate-confirm', points: 30, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '填写委托人念出的验证码', description: '验证通过即生效，并短信告知委托人如何撤销' })
  confirm(
    @CurrentResident() me: SignedIn,
    @Param() params: ReadbackIdParams,
    @Body() body: MandateConfirmDto,
  ): Promise<Mandate> {
    return this.readback.confirm(me.residentId, params.id, body.code);
  }
}
