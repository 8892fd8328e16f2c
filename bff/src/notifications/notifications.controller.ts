import { Body, Controller, Get, HttpCode, Post, UseGuards } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiTags,
  ApiUnauthorizedResponse,
} from '@nestjs/swagger';
import type { NotificationList } from '@zsb/contracts';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { BodyLimit, NOTIFICATION_IDS_BODY_LIMIT } from '../common/request-body';
import { NotificationsService } from './notifications.service';

class NotificationDto {
  @ApiProperty() id: string;
  @ApiProperty() kind: string;
  @ApiProperty() title: string;
  @ApiProperty() body: string;
  @ApiProperty({ nullable: true }) target: string;
  @ApiProperty() createdAt: string;
  @ApiProperty({ nullable: true }) readAt: string;
}

export class NotificationListDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
}

export class MarkReadDto {
  @ApiProperty({ description: '已读的消息编号' })
  @IsArray({ message: '消息编号应为列表' })
  @ArrayMaxSize(200, { message: '一次最多标记 200 条' })
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { each: true, message: '消息编号不正确' })
  ids: string[];
}

@ApiTags('notifications 消息')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard)
@Controller('api/v1/notifications')
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @ApiOperation({ summary: '我的消息', description: '候补成功、办件进度等，最新的在前' })
  @ApiOkResponse({ type: NotificationListDto })
  list(@CurrentResident() me: SignedIn): Promise<NotificationList> {
    return this.notifications.listOwn(me.residentId);
  }

  @Post('read')
  @HttpCode(200)
  // Up to 200 ids of up to 64 characters: ~14 KB.
  @BodyLimit(NOTIFICATION_IDS_BODY_LIMIT)
  @ApiOperation({ summary: '标记已读' })
  async read(@CurrentResident() me: SignedIn, @Body() body: MarkReadDto): Promise<{ updated: number }> {
    return { updated: await this.notifications.markRead(me.residentId, body.ids) };
  }
}
