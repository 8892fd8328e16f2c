import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { IdentityResult, IdentitySmsCodeSent, ResidentProfile } from '@zsb/contracts';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { ErrorBodyDto } from '../common/error-body.dto';
import { AuthGuard, CurrentResident } from './auth.guard';
import { IdentityDto, IdentityResultDto, IdentitySmsCodeDto, IdentitySmsCodeSentDto, ResidentProfileDto } from './dto/auth.dto';
import { RealNameService } from './real-name.service';
import { ResidentService } from './resident.service';
import type { SignedIn } from './session.service';

@ApiTags('me 我的 · 实名认证')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1/me')
export class IdentityController {
  constructor(
    private readonly profiles: ResidentService,
    private readonly realName: RealNameService,
  ) {}

  @Get()
  @ApiOperation({ summary: '当前登录的群众（个人信息已脱敏）' })
  @ApiOkResponse({ type: ResidentProfileDto })
  me(@CurrentResident() signedIn: SignedIn): Promise<ResidentProfile> {
    return this.profiles.profile(signedIn.residentId);
  }

  @Post('identity/sms-codes')
  @HttpCode(200)
  @RateLimit(
    { name: 'sms-resident-minute', points: 1, durationSec: 60, by: 'resident', message: '验证码已发送，请 1 分钟后再重新获取' },
    { name: 'sms-resident-day', points: 10, durationSec: 86_400, by: 'resident', message: '今天获取验证码的次数太多了，请明天再试或到窗口办理' },
    { name: 'sms-ip-hour', points: 30, durationSec: 3600, by: 'ip' },
  )
  @ApiOperation({ summary: '发送实名认证短信验证码' })
  @ApiOkResponse({ type: IdentitySmsCodeSentDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto })
  sendCode(@CurrentResident() signedIn: SignedIn, @Body() body: IdentitySmsCodeDto): Promise<IdentitySmsCodeSent> {
    return this.realName.sendCode(signedIn.residentId, body.phone);
  }

  @Post('identity')
  @HttpCode(200)
  @RateLimit({ name: 'identity-resident-hour', points: 10, durationSec: 3600, by: 'resident', message: '认证尝试次数太多了，请 1 小时后再试，或带身份证到便民服务中心办理' })
  @ApiOperation({
    summary: '实名认证',
    description: '核验短信验证码，再由省身份认证服务核验姓名与身份证号；成功后加密保存。用途：办理政务服务时确认是本人（个人信息保护法）',
  })
  @ApiOkResponse({ type: IdentityResultDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'ID_NUMBER_INVALID / SMS_CODE_INVALID / CONSENT_REQUIRED / VALIDATION_FAILED' })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'IDENTITY_MISMATCH' })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto })
  verify(@CurrentResident() signedIn: SignedIn, @Body() body: IdentityDto): Promise<IdentityResult> {
    return this.realName.verify(signedIn, body);
  }
}
