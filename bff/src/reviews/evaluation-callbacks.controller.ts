import { Body, Controller, HttpCode, Post, UseGuards } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { EvaluationCallbackGuard } from './evaluation-callback.guard';
import { ReviewCaseUpdates } from './review-case-updates';

/** Case callbacks from the 好差评 system (signed). Not for the mini-program, so not in the public API document. */
@ApiExcludeController()
@Controller('api/v1/callbacks')
export class EvaluationCallbacksController {
  constructor(private readonly updates: ReviewCaseUpdates) {}

  @Post('evaluation')
  @UseGuards(EvaluationCallbackGuard)
  @HttpCode(200)
  async evaluationCase(@Body() body: unknown): Promise<{ ok: true; known: boolean }> {
    return { ok: true, known: await this.updates.receive(body) };
  }
}
