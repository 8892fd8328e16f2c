import { Controller, Get, UseGuards } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { MandateWorkbench } from '@zsb/contracts';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { WorkbenchService } from './workbench.service';

@ApiTags('mandates 帮办代办')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard)
@Controller('api/v1')
export class WorkbenchController {
  constructor(private readonly workbench: WorkbenchService) {}

  @Get('mandates/workbench')
  @ApiOperation({
    summary: '我代办的',
    description:
      '每位委托人（有效委托）及要做的事：需补正、今明两天到窗口、结果已出待告知、其他预约、办理中；最急的在前',
  })
  of(@CurrentResident() me: SignedIn): Promise<MandateWorkbench> {
    return this.workbench.of(me.residentId);
  }
}
