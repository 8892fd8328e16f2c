import { Body, Controller, HttpCode, Param, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Handover, IdentitySmsCodeSent } from '@zsb/contracts';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { IdParams } from '../applications/dto/applications.dto';
import { ErrorBodyDto } from '../common/error-body.dto';
import { AppError } from '../common/errors';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { Delegable } from './acting.guard';
import { HandoverDto, parseHandover } from './dto/handovers.dto';
import { HandoversService } from './handovers.service';

@ApiTags('mandates 帮办代办')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1')
export class HandoversController {
  constructor(private readonly handovers: HandoversService) {}

  @Post('applications/:id/handover-code')
  @HttpCode(200)
  @RateLimit({ name: 'handover-code', points: 10, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '交付验证码',
    description: '仅代办人（X-Acting-For）：发到委托人手机，短信写明代办人和事项',
  })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'HANDOVER_NOT_OPEN：结果未出或已交付' })
  @Delegable({ level: 'handle' })
  code(@CurrentResident() me: SignedIn, @Param() params: IdParams): Promise<IdentitySmsCodeSent> {
    return this.handovers.sendCode(me.residentId, params.id, helperOnly(me));
  }

  @Post('applications/:id/handover')
  @RateLimit({ name: 'handover', points: 30, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '交付办理结果',
    description: '仅代办人（X-Acting-For）：委托人念出验证码，或拍下签收单并写明签收人；每件只交付一次',
  })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'HANDOVER_NOT_OPEN' })
  @Delegable({ level: 'handle', record: '交付结果' })
  record(@CurrentResident() me: SignedIn, @Param() params: IdParams, @Body() body: HandoverDto): Promise<Handover> {
    return this.handovers.record(me.residentId, params.id, parseHandover(body), helperOnly(me));
  }
}

/** A hand-over is a helper's act under a 委托; the principal's own request is told there is none. */
function helperOnly(me: SignedIn) {
  if (!me.actingFor) throw new AppError('MANDATE_NOT_FOUND');
  return me.actingFor;
}
