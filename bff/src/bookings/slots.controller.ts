import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { SlotList } from '@zsb/contracts';
import { CenterIdParams } from '../catalog/dto/center-params.dto';
import { ErrorBodyDto } from '../common/error-body.dto';
import { SlotListDto, SlotQuery } from './dto/bookings.dto';
import { SlotsService } from './slots.service';

// Public: a resident sees when there is room before signing in; booking itself needs 实名.
@ApiTags('bookings 预约')
@ApiBadRequestResponse({ type: ErrorBodyDto })
@Controller('api/v1')
export class SlotsController {
  constructor(private readonly slots: SlotsService) {}

  @Get('centers/:id/slots')
  @ApiOperation({
    summary: '可预约时段',
    description: '可预约天数内每一天（休息日、节假日附原因）和所选日期的时段与余量',
  })
  @ApiOkResponse({ type: SlotListDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  slotList(@Param() params: CenterIdParams, @Query() query: SlotQuery): Promise<SlotList> {
    return this.slots.list(params.id, query.matterCode, query.date);
  }
}
