import { Body, Controller, Get, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiHeader,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { Feedback, FeedbackList, StaffFeedback, StaffFeedbackList } from '@zsb/contracts';
import type { FastifyReply } from 'fastify';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { IdempotencyKey } from '../common/idempotency';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { FeedbackDto, FeedbackIdParams, StaffFeedbackActionDto } from './dto/feedback.dto';
import { FeedbackService } from './feedback.service';
import { StaffFeedbackService } from './staff-feedback.service';

const KEY_HEADER = { name: 'Idempotency-Key', required: false, description: '一次提交的唯一编号（如 UUID）' };

@ApiTags('feedback 办不成事与咨询')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1')
export class FeedbackController {
  constructor(
    private readonly feedback: FeedbackService,
    private readonly staff: StaffFeedbackService,
  ) {}

  @Post('feedback')
  @RateLimit({ name: 'feedback-resident', points: 20, durationSec: 3600, by: 'resident' })
  @ApiOperation({
    summary: '反映办不成事 / 咨询',
    description:
      '登录即可（不需实名）。得到编号、答复单位和答复期限（工作日）。带 Idempotency-Key 重试返回第一次的结果',
  })
  @ApiHeader(KEY_HEADER)
  @ApiCreatedResponse({ description: 'Feedback' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: '关联的事项、办件、预约或中心不存在或不是本人的' })
  async file(
    @CurrentResident() me: SignedIn,
    @Body() body: FeedbackDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Feedback> {
    const { feedback, replayed } = await this.feedback.file(me.residentId, body, key);
    void reply.status(replayed ? 200 : 201);
    return feedback;
  }

  @Get('feedback')
  @ApiOperation({ summary: '我的反映', description: '办不成事反映和咨询，新的在前' })
  list(@CurrentResident() me: SignedIn): Promise<FeedbackList> {
    return this.feedback.list(me.residentId);
  }

  @Get('feedback/:id')
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@CurrentResident() me: SignedIn, @Param() params: FeedbackIdParams): Promise<Feedback> {
    return this.feedback.get(me.residentId, params.id);
  }

  @Get('staff/feedback')
  @ApiOperation({ summary: '本中心的办不成事反映和咨询', description: '仅窗口工作人员；超期的在前，再按答复期限' })
  staffQueue(@CurrentResident() me: SignedIn): Promise<StaffFeedbackList> {
    return this.staff.queue(me.residentId);
  }

  @Post('staff/feedback/:id/actions')
  @HttpCode(200)
  @RateLimit({ name: 'feedback-staff', points: 300, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '办理反映或咨询', description: '记录办理情况或书面答复；答复后通知群众' })
  @ApiHeader(KEY_HEADER)
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'FEEDBACK_ANSWERED' })
  act(
    @CurrentResident() me: SignedIn,
    @Param() params: FeedbackIdParams,
    @Body() body: StaffFeedbackActionDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<StaffFeedback> {
    return this.staff.act(me.residentId, params.id, { action: body.action, note: body.note }, key);
  }
}
