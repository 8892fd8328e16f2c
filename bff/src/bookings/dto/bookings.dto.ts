import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { BookingRequest, CheckInRequest, RescheduleRequest, WaitlistRequest } from '@zsb/contracts';
import { MATTER_CODE_PATTERN } from '@zsb/domain';
import { applyDecorators } from '@nestjs/common';
import { IsDefined, IsOptional, IsString, Matches } from 'class-validator';
import { CENTER_ID } from '../../catalog/dto/center-params.dto';
import { IsQueryToken } from '../../common/validation';

// What the slot list gives out: 2026-12-01T08:30:00+08:00 (any offset, or Z, is accepted and compared as an instant).
const SLOT_START = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;

const required = (label: string, pattern: RegExp, example: string): PropertyDecorator =>
  applyDecorators(
    IsDefined({ message: `请填写${label}` }),
    IsString({ message: `${label}格式不正确，应类似 ${example}` }),
    Matches(pattern, { message: `${label}格式不正确，应类似 ${example}` }),
  );

export class BookingIdParams {
  @ApiProperty({ description: '预约编号（不可猜测）' })
  @IsQueryToken('预约编号', /^[A-Za-z0-9_-]{8,64}$/, 'Xk3f…')
  id: string;
}

export class SlotQuery {
  @ApiProperty({ example: '410500-010101-001' })
  @required('事项编码', MATTER_CODE_PATTERN, '410500-010203-001')
  matterCode: string;

  @ApiPropertyOptional({ example: '2026-12-01', description: '不填则为第一个有空位的日子' })
  @IsOptional()
  @IsString({ message: '日期只能填写一次' })
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: '日期格式不正确，应类似 2026-12-01' })
  date?: string;
}

export class BookingDto implements BookingRequest {
  @ApiProperty({ example: 'C410502001' })
  @required('服务中心', CENTER_ID, 'C410502001')
  centerId: string;

  @ApiProperty({ example: '410500-010101-001' })
  @required('事项编码', MATTER_CODE_PATTERN, '410500-010203-001')
  matterCode: string;

  @ApiProperty({ example: '2026-12-01T08:30:00+08:00', description: '时段开始时间（取自时段列表）' })
  @required('预约时段', SLOT_START, '2026-12-01T08:30:00+08:00')
  start: string;
}

export class RescheduleDto implements RescheduleRequest {
  @ApiProperty({ example: '2026-12-02T09:00:00+08:00' })
  @required('新的时段', SLOT_START, '2026-12-02T09:00:00+08:00')
  start: string;

  @ApiPropertyOptional({ example: 'C410502001', description: '改到另一个中心时填写' })
  @IsQueryToken('服务中心', CENTER_ID, 'C410502001')
  centerId?: string;
}

export class WaitlistDto extends BookingDto implements WaitlistRequest {}

export class CheckInDto implements CheckInRequest {
  @ApiProperty({ description: '群众出示的签到码（二维码内容）' })
  @required('签到码', /^[A-Za-z0-9_-]{20,64}$/, '扫描群众“我的预约”里的二维码')
  code: string;
}

// Answer shapes for the OpenAPI page (the contract types in @zsb/contracts are the source of truth).
export class SlotAnswerDto {
  @ApiProperty({ example: '2026-12-01T08:30:00+08:00' }) start: string;
  @ApiProperty({ example: '2026-12-01T09:00:00+08:00' }) end: string;
  @ApiProperty() capacity: number;
  @ApiProperty() left: number;
  @ApiProperty({ enum: ['open', 'full', 'past'] }) status: string;
}

export class SlotDayDto {
  @ApiProperty({ example: '2026-12-01' }) date: string;
  @ApiProperty() open: boolean;
  @ApiProperty({ nullable: true, example: '元旦放假' }) closedReason: string;
  @ApiProperty() left: number;
}

export class SlotListDto {
  @ApiProperty() centerId: string;
  @ApiProperty() matterCode: string;
  @ApiProperty() date: string;
  @ApiProperty({ type: [SlotDayDto] }) days: SlotDayDto[];
  @ApiProperty({ type: [SlotAnswerDto] }) slots: SlotAnswerDto[];
}

export class BookingAnswerDto {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['confirmed', 'checked-in', 'cancelled', 'no-show'] }) status: string;
  @ApiProperty() centerId: string;
  @ApiProperty() centerName: string;
  @ApiProperty() centerAddress: string;
  @ApiProperty({ nullable: true }) centerPhone: string;
  @ApiProperty({ description: 'GCJ-02' }) gcj02: { lat: number; lng: number };
  @ApiProperty() matterCode: string;
  @ApiProperty() matterName: string;
  @ApiProperty() start: string;
  @ApiProperty() end: string;
  @ApiProperty({ nullable: true, description: '签到码，仅预约有效时' }) checkInCode: string;
  @ApiProperty({ description: '此前可取消或改期' }) changeableUntil: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true }) cancelledAt: string;
  @ApiProperty({ nullable: true }) checkedInAt: string;
  @ApiProperty() fromWaitlist: boolean;
}

export class BookingListDto {
  @ApiProperty({ type: [BookingAnswerDto] }) items: BookingAnswerDto[];
}

export class WaitlistEntryDto {
  @ApiProperty() id: string;
  @ApiProperty() centerId: string;
  @ApiProperty() centerName: string;
  @ApiProperty() matterCode: string;
  @ApiProperty() matterName: string;
  @ApiProperty() start: string;
  @ApiProperty({ description: '排第几位（1 为下一个）' }) position: number;
  @ApiProperty({ enum: ['waiting', 'booked', 'expired', 'left'] }) status: string;
  @ApiProperty() createdAt: string;
}

export class WaitlistListDto {
  @ApiProperty({ type: [WaitlistEntryDto] }) items: WaitlistEntryDto[];
}

export class CheckInAnswerDto {
  @ApiProperty() bookingId: string;
  @ApiProperty() matterName: string;
  @ApiProperty() start: string;
  @ApiProperty() end: string;
  @ApiProperty({ example: '张*' }) residentNameMasked: string;
  @ApiProperty() checkedInAt: string;
}
