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
import type { Review, ReviewInvitationList, ReviewList, StaffReviewCase, StaffReviewList } from '@zsb/contracts';
import type { FastifyReply } from 'fastify';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { Delegable } from '../mandates/acting.guard';
import { IdempotencyKey } from '../common/idempotency';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import {
  parseAction,
  parseReview,
  parseRevision,
  ReviewAnswerDto,
  ReviewDto,
  ReviewIdParams,
  ReviewRevisionDto,
  StaffReviewActionDto,
} from './dto/reviews.dto';
import { ReviewsService } from './reviews.service';
import { StaffReviewsService } from './staff-reviews.service';

const KEY_HEADER = { name: 'Idempotency-Key', required: false, description: '一次提交的唯一编号（如 UUID）' };

@ApiTags('reviews 好差评')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1')
export class ReviewsController {
  constructor(
    private readonly reviews: ReviewsService,
    private readonly staff: StaffReviewsService,
  ) {}

  @Get('reviews/invitations')
  @ApiOperation({ summary: '待评价', description: '办结（或不予受理）的办件、已签到的窗口服务，评价期内未评价的' })
  invitations(@CurrentResident() me: SignedIn): Promise<ReviewInvitationList> {
    return this.reviews.invitations(me.residentId);
  }

  @Post('reviews')
  @RateLimit({ name: 'review-resident', points: 30, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '评价',
    description:
      '需实名。一事一评、一次一评；不满意/非常不满意须选原因，转为差评整改件。带 Idempotency-Key 重试返回第一次的结果',
  })
  @ApiHeader(KEY_HEADER)
  @ApiCreatedResponse({ description: 'Review' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'REVIEW_NOT_OPEN / REVIEW_ALREADY_GIVEN' })
  @Delegable({ level: 'handle', record: '代为评价', recordOnStatus: 201 })
  async submit(
    @CurrentResident() me: SignedIn,
    @Body() body: ReviewDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Review> {
    const { review, replayed } = await this.reviews.submit(me.residentId, parseReview(body), key, me.actingFor);
    void reply.status(replayed ? 200 : 201);
    return review;
  }

  @Get('reviews')
  @ApiOperation({ summary: '我的评价', description: '新的在前；差评附整改进度' })
  list(@CurrentResident() me: SignedIn): Promise<ReviewList> {
    return this.reviews.list(me.residentId);
  }

  @Get('reviews/:id')
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  get(@CurrentResident() me: SignedIn, @Param() params: ReviewIdParams): Promise<Review> {
    return this.reviews.get(me.residentId, params.id);
  }

  @Post('reviews/:id/revision')
  @HttpCode(200)
  @RateLimit({ name: 'review-resident', points: 30, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '修改评价', description: '评价期内可修改一次' })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'REVIEW_REVISION_USED' })
  revise(
    @CurrentResident() me: SignedIn,
    @Param() params: ReviewIdParams,
    @Body() body: ReviewRevisionDto,
  ): Promise<Review> {
    return this.reviews.revise(me.residentId, params.id, parseRevision(body));
  }

  @Post('reviews/:id/answer')
  @HttpCode(200)
  @RateLimit({ name: 'review-resident', points: 30, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '对整改结果追评', description: '差评显示“已整改”后可答一次；不满意将重新整改一次' })
  @ApiHeader(KEY_HEADER)
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'REVIEW_STEP_NOT_OPEN' })
  answer(
    @CurrentResident() me: SignedIn,
    @Param() params: ReviewIdParams,
    @Body() body: ReviewAnswerDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<Review> {
    return this.reviews.answer(me.residentId, params.id, { satisfied: body.satisfied, note: body.note }, key);
  }

  @Get('staff/reviews')
  @ApiOperation({ summary: '本中心的差评整改件', description: '仅窗口工作人员；超期的在前，再按期限' })
  staffQueue(@CurrentResident() me: SignedIn): Promise<StaffReviewList> {
    return this.staff.queue(me.residentId);
  }

  @Post('staff/reviews/:id/actions')
  @HttpCode(200)
  @RateLimit({ name: 'review-staff', points: 300, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '办理差评', description: '核实、整改、回访、申诉、申报无法整改；只能办理本中心的' })
  @ApiHeader(KEY_HEADER)
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'REVIEW_STEP_NOT_OPEN' })
  staffAct(
    @CurrentResident() me: SignedIn,
    @Param() params: ReviewIdParams,
    @Body() body: StaffReviewActionDto,
    @IdempotencyKey() key: string | undefined,
  ): Promise<StaffReviewCase> {
    return this.staff.act(me.residentId, params.id, parseAction(body), key);
  }
}
