import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { CenterAreas, CenterDetail, CenterList } from '@zsb/contracts';
import { CenterIdParams } from '../catalog/dto/center-params.dto';
import { ErrorBodyDto } from '../common/error-body.dto';
import { CentersService } from './centers.service';
import { CenterAreasDto, CenterDetailDto, CenterDetailQuery, CenterListDto, CenterQueryDto } from './dto/centers.dto';

@ApiTags('centers 政务服务一张图')
@ApiBadRequestResponse({ type: ErrorBodyDto })
@Controller('api/v1')
export class CentersController {
  constructor(private readonly centers: CentersService) {}

  @Get('centers')
  @ApiOperation({
    summary: '附近的办事地点',
    description:
      '给 lat/lng 按距离由近到远；给 bbox 返回地图范围内的；不能定位时给 county（和 township）。坐标为 GCJ-02，coord=wgs84 时先换算',
  })
  @ApiOkResponse({ type: CenterListDto })
  list(@Query() query: CenterQueryDto): Promise<CenterList> {
    return this.centers.list(query);
  }

  @Get('center-areas')
  @ApiOperation({ summary: '县（市、区）和乡镇列表', description: '不能定位时选择所在地' })
  @ApiOkResponse({ type: CenterAreasDto })
  areas(): CenterAreas {
    return this.centers.areas();
  }

  @Get('centers/:id')
  @ApiOkResponse({ type: CenterDetailDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  detail(@Param() params: CenterIdParams, @Query() query: CenterDetailQuery): Promise<CenterDetail> {
    return this.centers.detail(params.id, query.matterCode);
  }
}
