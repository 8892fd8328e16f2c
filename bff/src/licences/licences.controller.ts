import { Body, Controller, Delete, Get, HttpCode, Param, Post, Query, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type {
  DisplayCode,
  DisplayCodeStatus,
  LicenceConsent,
  LicenceConsentList,
  LicenceDetail,
  LicenceList,
  LicenceUseList,
  LicenceVerification,
} from '@zsb/contracts';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { ConsentsService } from './consents.service';
import { DisplayCodesService } from './display-codes.service';
import {
  ConsentIdParams,
  DisplayCodeAnswerDto,
  DisplayCodeDto,
  DisplayCodeStatusDto,
  DisplayStatusParams,
  LicenceConsentAnswerDto,
  LicenceConsentDto,
  LicenceConsentListDto,
  LicenceDetailDto,
  LicenceDetailQuery,
  LicenceIdParams,
  LicenceListDto,
  LicenceUseListDto,
  LicenceVerificationAnswerDto,
  LicenceVerificationDto,
} from './dto/licences.dto';
import { LicencesService } from './licences.service';

@ApiTags('licences 电子证照')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'IDENTITY_REQUIRED：需先实名认证' })
@ApiBadRequestResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1')
export class LicencesController {
  constructor(
    private readonly licences: LicencesService,
    private readonly displays: DisplayCodesService,
    private readonly consents: ConsentsService,
  ) {}

  @Get('licences')
  @ApiOperation({ summary: '我的电子证照', description: '实时从电子证照库读取，不在本系统缓存' })
  @ApiOkResponse({ type: LicenceListDto })
  list(@CurrentResident() me: SignedIn): Promise<LicenceList> {
    return this.licences.list(me.residentId);
  }

  @Get('licences/:id')
  @ApiOperation({
    summary: '证照详情',
    description: '默认脱敏；reveal=true 显示完整信息。每次查看都记入用证记录。verified 为 true 才显示“已验证”',
  })
  @ApiOkResponse({ type: LicenceDetailDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  detail(
    @CurrentResident() me: SignedIn,
    @Param() params: LicenceIdParams,
    @Query() query: LicenceDetailQuery,
  ): Promise<LicenceDetail> {
    return this.licences.detail(me.residentId, params.id, query.reveal === true);
  }

  @Post('licences/:id/display-codes')
  @HttpCode(201)
  @RateLimit({ name: 'display-code-resident', points: 30, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '生成亮证码', description: '一次有效，60–300 秒；核验方只能看到所选项目' })
  @ApiOkResponse({ type: DisplayCodeAnswerDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'LICENCE_NOT_VALID' })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto })
  display(
    @CurrentResident() me: SignedIn,
    @Param() params: LicenceIdParams,
    @Body() body: DisplayCodeDto,
  ): Promise<DisplayCode> {
    return this.displays.issue(me.residentId, params.id, body.fields, body.ttlSec);
  }

  @Get('licence-display-codes/:statusId')
  @RateLimit({ name: 'display-status-resident', points: 600, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '亮证码是否已被核验',
    description: '持证人的亮证页每隔几秒询问；只有持证人本人能看到核验时间和核验人（脱敏）',
  })
  @ApiOkResponse({ type: DisplayCodeStatusDto })
  displayStatus(@CurrentResident() me: SignedIn, @Param() params: DisplayStatusParams): Promise<DisplayCodeStatus> {
    return this.displays.status(me.residentId, params.statusId);
  }

  @Post('licence-verifications')
  @HttpCode(200)
  @RateLimit(
    { name: 'verify-resident', points: 60, durationSec: 600, by: 'resident' },
    { name: 'verify-ip', points: 120, durationSec: 600, by: 'ip' },
  )
  @ApiOperation({
    summary: '核验亮证码',
    description: '核验方（须登录）扫码后看到持证人所选的项目；记入持证人的用证记录',
  })
  @ApiOkResponse({ type: LicenceVerificationAnswerDto })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto })
  verify(@CurrentResident() me: SignedIn, @Body() body: LicenceVerificationDto): Promise<LicenceVerification> {
    return this.displays.verify(me.residentId, body.code);
  }

  @Get('licence-uses')
  @ApiOperation({ summary: '用证记录', description: '每次查看、出示、核验和办件用证：谁、何时、为什么' })
  @ApiOkResponse({ type: LicenceUseListDto })
  uses(@CurrentResident() me: SignedIn): Promise<LicenceUseList> {
    return this.licences.uses(me.residentId);
  }

  @Get('licence-consents')
  @ApiOperation({ summary: '授权用证列表', description: '含已撤回的' })
  @ApiOkResponse({ type: LicenceConsentListDto })
  consentList(@CurrentResident() me: SignedIn): Promise<LicenceConsentList> {
    return this.consents.list(me.residentId);
  }

  @Post('licence-consents')
  @HttpCode(201)
  @ApiOperation({ summary: '授权办理某事项时使用某类证照' })
  @ApiOkResponse({ type: LicenceConsentAnswerDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'MATTER_NOT_FOUND' })
  grant(@CurrentResident() me: SignedIn, @Body() body: LicenceConsentDto): Promise<LicenceConsent> {
    return this.consents.grant(me.residentId, body.typeCode, body.matterCode);
  }

  @Delete('licence-consents/:id')
  @HttpCode(204)
  @ApiOperation({ summary: '撤回授权' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async revoke(@CurrentResident() me: SignedIn, @Param() params: ConsentIdParams): Promise<void> {
    await this.consents.revoke(me.residentId, params.id);
  }
}
