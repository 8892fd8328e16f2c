import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { APPLICATION_BODY_LIMIT, BodyLimit } from '../common/request-body';
import { ApplicationEvents } from './application-events';
import { ApprovalCallbackGuard } from './approval-callback.guard';

/** Status callbacks from the approval platform (signed; see the guard). Not for the mini-program, so not in the public API document. */
@ApiExcludeController()
@Controller('api/v1/callbacks')
export class CallbacksController {
  constructor(private readonly events: ApplicationEvents) {}

  @Post('approval')
  @UseGuards(ApprovalCallbackGuard)
  // A step may carry the platform's 补正 items with their reasons: more than the small default.
  @BodyLimit(APPLICATION_BODY_LIMIT)
  @HttpCode(200)
  async approvalStatus(@Body() body: unknown): Promise<{ ok: true; new: boolean }> {
    return { ok: true, new: await this.events.receive(body) };
  }
}
