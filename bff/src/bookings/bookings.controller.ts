import { Body, Controller, Delete, Get, HttpCode, Param, Post, Res, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiHeader,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnauthorizedResponse,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import type { Booking, BookingList, CheckIn, StaffScopes, WaitlistEntry, WaitlistList } from '@zsb/contracts';
import type { FastifyReply } from 'fastify';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { inScope, requireInScope } from '../common/acting';
import { ErrorBodyDto } from '../common/error-body.dto';
import { Delegable } from '../mandates/acting.guard';
import { IdempotencyKey } from '../common/idempotency';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { BookingsService } from './bookings.service';
import {
  BookingAnswerDto,
  BookingDto,
  BookingIdParams,
  BookingListDto,
  CheckInAnswerDto,
  CheckInDto,
  RescheduleDto,
  WaitlistDto,
  WaitlistEntryDto,
  WaitlistListDto,
} from './dto/bookings.dto';

@ApiTags('bookings 预约')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1')
export class BookingsController {
  constructor(private readonly bookings: BookingsService) {}

  @Post('bookings')
  @RateLimit({ name: 'booking-resident', points: 30, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '预约',
    description: '需实名。带 Idempotency-Key 重试时返回第一次的结果（200），不会重复预约',
  })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: '一次提交的唯一编号（如 UUID）' })
  @ApiCreatedResponse({ type: BookingAnswerDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'IDENTITY_REQUIRED / BOOKING_SUSPENDED' })
  @ApiConflictResponse({
    type: ErrorBodyDto,
    description: 'BOOKING_SLOT_FULL（附 offers）/ BOOKING_DUPLICATE_MATTER / BOOKING_LIMIT_REACHED / SLOT_TOO_LATE',
  })
  @ApiUnprocessableEntityResponse({ type: ErrorBodyDto, description: 'IDEMPOTENCY_KEY_REUSED' })
  @Delegable({
    level: 'handle',
    matterFrom: { in: 'body', key: 'matterCode' },
    record: '预约窗口',
    recordOnStatus: 201,
  })
  async book(
    @CurrentResident() me: SignedIn,
    @Body() body: BookingDto,
    @IdempotencyKey() key: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Booking> {
    const { booking, replayed } = await this.bookings.book(me.residentId, body, key);
    void reply.status(replayed ? 200 : 201);
    return booking;
  }

  @Get('bookings')
  @ApiOperation({ summary: '我的预约', description: '未到的在前（最近的最先），已过的在后' })
  @ApiOkResponse({ type: BookingListDto })
  @Delegable({ level: 'query' })
  async list(@CurrentResident() me: SignedIn): Promise<BookingList> {
    const list = await this.bookings.list(me.residentId);
    return { ...list, items: list.items.filter((b) => inScope(me.actingFor, b.matterCode)) };
  }

  @Get('bookings/:id')
  @ApiOkResponse({ type: BookingAnswerDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @Delegable({ level: 'query' })
  async get(@CurrentResident() me: SignedIn, @Param() params: BookingIdParams): Promise<Booking> {
    const booking = await this.bookings.get(me.residentId, params.id);
    requireInScope(me.actingFor, booking.matterCode, 'BOOKING_NOT_FOUND');
    return booking;
  }

  @Post('bookings/:id/cancel')
  @HttpCode(200)
  @ApiOperation({ summary: '取消预约', description: '开始前 30 分钟内不能在线取消；空出的名额自动给候补的第一位' })
  @ApiOkResponse({ type: BookingAnswerDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto })
  @Delegable({ level: 'handle', record: '取消预约' })
  async cancel(@CurrentResident() me: SignedIn, @Param() params: BookingIdParams): Promise<Booking> {
    if (me.actingFor) await this.get(me, params);
    return this.bookings.cancel(me.residentId, params.id);
  }

  @Post('bookings/:id/reschedule')
  @HttpCode(200)
  @ApiOperation({ summary: '改期', description: '同一事项改到新的时段（可换中心）；新名额先占上，再释放旧的' })
  @ApiOkResponse({ type: BookingAnswerDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  @ApiConflictResponse({ type: ErrorBodyDto })
  @Delegable({ level: 'handle', record: '预约改期' })
  async reschedule(
    @CurrentResident() me: SignedIn,
    @Param() params: BookingIdParams,
    @Body() body: RescheduleDto,
  ): Promise<Booking> {
    if (me.actingFor) await this.get(me, params);
    return this.bookings.reschedule(me.residentId, params.id, body);
  }

  @Post('booking-waitlist')
  @RateLimit({ name: 'waitlist-resident', points: 30, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '登记候补', description: '时段约满时排队；有人取消即自动为第一位预约并发通知' })
  @ApiCreatedResponse({ type: WaitlistEntryDto })
  @ApiConflictResponse({ type: ErrorBodyDto, description: 'WAITLIST_NOT_NEEDED' })
  joinWaitlist(@CurrentResident() me: SignedIn, @Body() body: WaitlistDto): Promise<WaitlistEntry> {
    return this.bookings.joinWaitlist(me.residentId, body);
  }

  @Get('booking-waitlist')
  @ApiOkResponse({ type: WaitlistListDto })
  waitlist(@CurrentResident() me: SignedIn): Promise<WaitlistList> {
    return this.bookings.listWaitlist(me.residentId);
  }

  @Delete('booking-waitlist/:id')
  @HttpCode(204)
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  async leaveWaitlist(@CurrentResident() me: SignedIn, @Param() params: BookingIdParams): Promise<void> {
    await this.bookings.leaveWaitlist(me.residentId, params.id);
  }

  @Get('staff/me')
  @ApiOperation({ summary: '我是哪些中心的窗口工作人员', description: '普通群众为空列表' })
  staffMe(@CurrentResident() me: SignedIn): Promise<StaffScopes> {
    return this.bookings.staffScopes(me.residentId);
  }

  @Post('staff/check-ins')
  @HttpCode(200)
  @RateLimit({ name: 'check-in-staff', points: 600, durationSec: 600, by: 'resident' })
  @ApiOperation({ summary: '窗口签到核验', description: '仅本中心工作人员；可提前 1 小时签到' })
  @ApiOkResponse({ type: CheckInAnswerDto })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'STAFF_ONLY / CHECK_IN_OTHER_CENTER' })
  checkIn(@CurrentResident() me: SignedIn, @Body() body: CheckInDto): Promise<CheckIn> {
    return this.bookings.checkIn(me.residentId, body.code);
  }
}
