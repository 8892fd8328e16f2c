import { Controller, Get, Query, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { AgentStatsReport, ServiceStatsReport } from '@zsb/contracts';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { AppError } from '../common/errors';
import { StatsRangeQuery } from './dto/targets.dto';
import { TargetsService } from './targets.service';

const MAX_DAYS = 366;

@ApiTags('targets 达标')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard)
@Controller('api/v1')
export class TargetsController {
  constructor(private readonly targets: TargetsService) {}

  @Get('staff/service-stats')
  @ApiOperation({
    summary: '好差评与办不成事的考核数字',
    description:
      '本人所在中心，按日期范围：主动评价率、好评率、未评价率、差评数、整改率、按期整改率、回访率、回访满意率，办不成事与咨询的受理和按期答复',
  })
  stats(@CurrentResident() me: SignedIn, @Query() q: StatsRangeQuery): Promise<ServiceStatsReport> {
    checkRange(q);
    return this.targets.forStaff(me.residentId, q.from, q.to);
  }

  @Get('staff/agent-stats')
  @ApiOperation({
    summary: '帮办代办的数字',
    description:
      '本人所在中心，按日期范围：代办员接受的委托数、服务人数、代办的申请/预约/补正、事项分布、委托到首次申请的小时数（中位数）',
  })
  agents(@CurrentResident() me: SignedIn, @Query() q: StatsRangeQuery): Promise<AgentStatsReport> {
    checkRange(q);
    return this.targets.agentsForStaff(me.residentId, q.from, q.to);
  }
}

function checkRange(q: StatsRangeQuery): void {
  const days = (Date.parse(q.to) - Date.parse(q.from)) / 86_400_000;
  if (Number.isNaN(days) || days < 0 || days >= MAX_DAYS)
    throw new AppError('VALIDATION_FAILED', '日期范围不正确：截止日期不能早于起始日期，最多一年', [
      { field: 'to', message: '截止日期不能早于起始日期，最多一年' },
    ]);
}
