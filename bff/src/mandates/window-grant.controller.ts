import { Body, Controller, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Mandate } from '@zsb/contracts';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { IdempotencyKey } from '../common/idempotency';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { MandateWindowDto } from './dto/mandates.dto';
import { WindowGrantService } from './window-grant.service';

@ApiTags('mandates 帮办代办')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1')
export class WindowGrantController {
  constructor(private readonly window: WindowGrantService) {}

  @Post('staff/mandates')
  @RateLimit({ name: 'mandate-window', points: 120, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '窗口办理委托（委托人收不到短信）',
    description:
      '仅窗口工作人员：核对身份证原件、扫代办人的代办码、拍下签字的委托书；记录办理人和中心。带 Idempotency-Key 重试返回第一次的结果',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'STAFF_ONLY' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'MANDATE_NOT_ALLOWED' })
  grant(
    @CurrentResident() me: SignedIn,
    @Body() body: MandateWindowDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<Mandate> {
    return this.window.grant(me.residentId, body, key);
  }
}
