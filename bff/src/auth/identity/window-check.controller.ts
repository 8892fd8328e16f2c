import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiForbiddenResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { IdentitySmsCodeSent, WindowIdentityCheck } from '@zsb/contracts';
import { ErrorBodyDto } from '../../common/error-body.dto';
import { RateLimit, RateLimitGuard } from '../../common/rate-limit';
import { AuthGuard, CurrentResident } from '../auth.guard';
import {
  IdentitySmsCodeSentDto,
  WindowIdentityCheckDto,
  WindowIdentityCheckResultDto,
  WindowPhoneCodeDto,
} from '../dto/auth.dto';
import type { SignedIn } from '../session.service';
import { WindowCheckService } from './window-check.service';

@ApiTags('staff 窗口工作人员')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@ApiForbiddenResponse({ type: ErrorBodyDto, description: 'STAFF_ONLY' })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1/staff/identity-checks')
export class WindowCheckController {
  constructor(private readonly window: WindowCheckService) {}

  @Post('sms-codes')
  @HttpCode(200)
  @RateLimit({ name: 'window-sms-staff', points: 60, durationSec: 3600, by: 'resident' })
  @ApiOperation({ summary: '窗口核验：向群众要预留的手机号发验证码', description: '群众把收到的验证码读给工作人员' })
  @ApiOkResponse({ type: IdentitySmsCodeSentDto })
  sendPhoneCode(@CurrentResident() staff: SignedIn, @Body() body: WindowPhoneCodeDto): Promise<IdentitySmsCodeSent> {
    return this.window.sendPhoneCode(staff.residentId, body.phone);
  }

  @Post()
  @HttpCode(200)
  @RateLimit({ name: 'window-check-staff', points: 120, durationSec: 3600, by: 'resident' })
  @ApiOperation({
    summary: '窗口核验身份',
    description:
      '工作人员当面核对身份证原件后：为群众出示核验码的登录实名、并入已实名的账户或更换预留手机号。记录工作人员和中心；原手机号收到短信告知',
  })
  @ApiOkResponse({ type: WindowIdentityCheckResultDto })
  @ApiBadRequestResponse({
    type: ErrorBodyDto,
    description: 'WINDOW_CODE_INVALID / SMS_CODE_INVALID / VALIDATION_FAILED',
  })
  check(@CurrentResident() staff: SignedIn, @Body() body: WindowIdentityCheckDto): Promise<WindowIdentityCheck> {
    return this.window.check(staff.residentId, body);
  }
}
