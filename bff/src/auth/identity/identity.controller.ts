import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiConflictResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { IdentityResult, IdentitySmsCodeSent, IdentityWindowCode, ResidentProfile } from '@zsb/contracts';
import { ErrorBodyDto } from '../../common/error-body.dto';
import { RateLimit, RateLimitGuard } from '../../common/rate-limit';
import { AuthGuard, CurrentResident } from '../auth.guard';
import {
  IdentityDto,
  IdentityResultDto,
  IdentitySmsCodeDto,
  IdentitySmsCodeSentDto,
  IdentityWindowCodeDto,
  PhoneOnFileProofDto,
  ResidentProfileDto,
} from '../dto/auth.dto';
import { ResidentService } from '../resident.service';
import type { SignedIn } from '../session.service';
import { RealNameService } from './real-name.service';
import { WindowCheckService } from './window-check.service';

// Codes to a phone: per resident and per address here; per phone number and in all inside PhoneProof.
const SMS_LIMITS = [
  {
    name: 'sms-resident-minute',
    points: 1,
    durationSec: 60,
    by: 'resident',
    message: '验证码已发送，请 1 分钟后再重新获取',
  },
  {
    name: 'sms-resident-day',
    points: 10,
    durationSec: 86_400,
    by: 'resident',
    message: '今天获取验证码的次数太多了，请明天再试或到窗口办理',
  },
  { name: 'sms-ip-hour', points: 30, durationSec: 3600, by: 'ip' },
] as const;
// The code to the phone on file comes right after the one to the new phone: counted apart, so the resident
// is not made to wait a minute between the two steps of one verification.
const ON_FILE_SMS_LIMITS = [
  {
    name: 'sms-on-file-resident-minute',
    points: 1,
    durationSec: 60,
    by: 'resident',
    message: '验证码已发送，请 1 分钟后再重新获取',
  },
  {
    name: 'sms-on-file-resident-day',
    points: 5,
    durationSec: 86_400,
    by: 'resident',
    message: '今天获取验证码的次数太多了，请明天再试或到窗口办理',
  },
  { name: 'sms-ip-hour', points: 30, durationSec: 3600, by: 'ip' },
] as const;
const IDENTITY_LIMIT = {
  name: 'identity-resident-hour',
  points: 10,
  durationSec: 3600,
  by: 'resident',
  message: '认证尝试次数太多了，请 1 小时后再试，或带身份证到便民服务中心办理',
} as const;

@ApiTags('me 我的 · 实名认证')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1/me')
export class IdentityController {
  constructor(
    private readonly profiles: ResidentService,
    private readonly realName: RealNameService,
    private readonly window: WindowCheckService,
  ) {}

  @Get()
  @ApiOperation({ summary: '当前登录的群众（个人信息已脱敏）' })
  @ApiOkResponse({ type: ResidentProfileDto })
  me(@CurrentResident() signedIn: SignedIn): Promise<ResidentProfile> {
    return this.profiles.profile(signedIn.residentId);
  }

  @Post('identity/sms-codes')
  @HttpCode(200)
  @RateLimit(...SMS_LIMITS)
  @ApiOperation({ summary: '发送实名认证短信验证码', description: '发到要认证的手机号（须登记在本人身份证名下）' })
  @ApiOkResponse({ type: IdentitySmsCodeSentDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto })
  sendCode(@CurrentResident() signedIn: SignedIn, @Body() body: IdentitySmsCodeDto): Promise<IdentitySmsCodeSent> {
    return this.realName.sendCode(signedIn.residentId, body.phone);
  }

  @Post('identity')
  @HttpCode(200)
  @RateLimit(IDENTITY_LIMIT)
  @ApiOperation({
    summary: '实名认证',
    description:
      '核验短信验证码，再由省身份认证服务核验姓名、身份证号和手机号（三要素）；成功后加密保存。该身份证号已在掌上办实名的，只有证明预留手机号才能并入（IDENTITY_PHONE_PROOF_REQUIRED）。用途：办理政务服务时确认是本人（个人信息保护法）',
  })
  @ApiOkResponse({ type: IdentityResultDto })
  @ApiBadRequestResponse({
    type: ErrorBodyDto,
    description: 'ID_NUMBER_INVALID / SMS_CODE_INVALID / CONSENT_REQUIRED / VALIDATION_FAILED',
  })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'IDENTITY_PHONE_PROOF_REQUIRED（带 phoneOnFileMasked）/ IDENTITY_ALREADY_VERIFIED',
  })
  @ApiUnprocessableEntityResponse({
    type: ErrorBodyDto,
    description: 'IDENTITY_MISMATCH / IDENTITY_PHONE_NOT_REGISTERED',
  })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto })
  verify(@CurrentResident() signedIn: SignedIn, @Body() body: IdentityDto): Promise<IdentityResult> {
    return this.realName.verify(signedIn, body);
  }

  @Post('identity/phone-on-file/sms-codes')
  @HttpCode(200)
  @RateLimit(...ON_FILE_SMS_LIMITS)
  @ApiOperation({
    summary: '向预留手机号发送验证码',
    description: '在 IDENTITY_PHONE_PROOF_REQUIRED 之后：验证码发到该身份证号已预留的手机号',
  })
  @ApiOkResponse({ type: IdentitySmsCodeSentDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'IDENTITY_STEP_EXPIRED' })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto })
  sendPhoneOnFileCode(@CurrentResident() signedIn: SignedIn): Promise<IdentitySmsCodeSent> {
    return this.realName.sendPhoneOnFileCode(signedIn.residentId);
  }

  @Post('identity/phone-on-file')
  @HttpCode(200)
  @RateLimit(IDENTITY_LIMIT)
  @ApiOperation({
    summary: '用预留手机号确认本人',
    description: '确认后本登录并入已实名的账户，刚验证的手机号替换预留手机号，并短信告知原号码',
  })
  @ApiOkResponse({ type: IdentityResultDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'SMS_CODE_INVALID' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'IDENTITY_STEP_EXPIRED' })
  confirmPhoneOnFile(
    @CurrentResident() signedIn: SignedIn,
    @Body() body: PhoneOnFileProofDto,
  ): Promise<IdentityResult> {
    return this.realName.confirmPhoneOnFile(signedIn, body.smsCode);
  }

  @Post('identity/window-codes')
  @HttpCode(200)
  @RateLimit({ name: 'window-code-resident', points: 10, durationSec: 3600, by: 'resident' })
  @ApiOperation({
    summary: '到窗口核验：获取核验码',
    description:
      '给便民服务中心窗口工作人员扫描或输入；工作人员当面核对身份证原件后为本登录实名或更换预留手机号。15 分钟内有效，一次有效',
  })
  @ApiOkResponse({ type: IdentityWindowCodeDto })
  windowCode(@CurrentResident() signedIn: SignedIn): Promise<IdentityWindowCode> {
    return this.window.issueCode(signedIn.residentId);
  }
}
