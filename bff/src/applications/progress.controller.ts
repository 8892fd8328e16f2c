import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import type { PublicProgress } from '@zsb/contracts';
import { ErrorBodyDto } from '../common/error-body.dto';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { ProgressQuery } from './dto/applications.dto';
import { ProgressService } from './progress.service';

@ApiTags('applications 掌上办申请')
@UseGuards(RateLimitGuard)
@Controller('api/v1')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  @Get('progress')
  @RateLimit({ name: 'progress-ip', points: 30, durationSec: 600, by: 'ip' })
  @ApiOperation({
    summary: '办件进度查询（免登录）',
    description: '办件编号 + 查询码；编号不存在与查询码不对的回答完全相同',
  })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'PROGRESS_NOT_FOUND' })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto })
  query(@Query() q: ProgressQuery): Promise<PublicProgress> {
    return this.progress.query(q.number, q.code);
  }
}
