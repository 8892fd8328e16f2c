import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { CenterKind, CenterQuery } from '@zsb/contracts';
import { MATTER_CODE_PATTERN } from '@zsb/domain';
import { Type } from 'class-transformer';
import { IsNumber, IsOptional, Max, Min } from 'class-validator';
import { IsQueryBoolean, IsQueryChoice, IsQueryInt, IsQueryToken, IsSearchText } from '../../common/validation';

export const CENTER_KINDS: CenterKind[] = ['center', 'station', 'bank-point', 'kiosk'];
export const MAX_CENTER_LIMIT = 200;

const coordinate =
  (label: string, min: number, max: number): PropertyDecorator =>
  (target, key) => {
    IsOptional()(target, key);
    Type(() => Number)(target, key);
    IsNumber({ allowNaN: false, allowInfinity: false }, { message: `${label}应为数字` })(target, key);
    Min(min, { message: `${label}超出范围` })(target, key);
    Max(max, { message: `${label}超出范围` })(target, key);
  };

export class CenterQueryDto implements CenterQuery {
  @ApiPropertyOptional({ example: 36.0977, description: '纬度（coord 指定坐标系，默认 GCJ-02）' })
  @coordinate('纬度', -90, 90)
  lat?: number;

  @ApiPropertyOptional({ example: 114.3924 })
  @coordinate('经度', -180, 180)
  lng?: number;

  @ApiPropertyOptional({
    enum: ['gcj02', 'wgs84'],
    default: 'gcj02',
    description: 'wgs84（手机 GPS / 浏览器定位）会先换算为 GCJ-02',
  })
  @IsQueryChoice('坐标系', ['gcj02', 'wgs84'])
  coord?: 'gcj02' | 'wgs84';

  @ApiPropertyOptional({
    example: '114.30,36.05,114.45,36.15',
    description: '地图可视范围 minLng,minLat,maxLng,maxLat（GCJ-02）',
  })
  @IsQueryToken('地图范围', /^-?\d{1,3}(\.\d{1,8})?(,-?\d{1,3}(\.\d{1,8})?){3}$/, '114.30,36.05,114.45,36.15')
  bbox?: string;

  @ApiPropertyOptional({ example: '林州市', description: '不能定位时按县（市、区）浏览' })
  @IsSearchText('县（市、区）', 20)
  county?: string;

  @ApiPropertyOptional({ example: '任村镇' })
  @IsSearchText('乡镇（街道）', 20)
  township?: string;

  @ApiPropertyOptional({ example: '410500-010101-001', description: '只看能办这个事项的，并附最近的可约时段' })
  @IsQueryToken('事项编码', MATTER_CODE_PATTERN, '410500-010203-001')
  matterCode?: string;

  @ApiPropertyOptional({ enum: CENTER_KINDS })
  @IsQueryChoice('类型', CENTER_KINDS)
  kind?: CenterKind;

  @ApiPropertyOptional({ description: '只看现在开门的' })
  @IsQueryBoolean('正在办公筛选')
  openNow?: boolean;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_CENTER_LIMIT, default: 20 })
  @IsQueryInt('条数', 1, MAX_CENTER_LIMIT)
  limit?: number;
}

export class CenterDetailQuery {
  @ApiPropertyOptional({ example: '410500-010101-001', description: '附这个事项最近的可约时段' })
  @IsQueryToken('事项编码', MATTER_CODE_PATTERN, '410500-010203-001')
  matterCode?: string;
}

class PointDto {
  @ApiProperty() lat: number;
  @ApiProperty() lng: number;
}

class NextSlotDto {
  @ApiProperty() start: string;
  @ApiProperty() end: string;
  @ApiProperty() left: number;
}

export class CenterSummaryDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: CENTER_KINDS }) kind: string;
  @ApiProperty({ enum: ['township', 'street', 'village'] }) level: string;
  @ApiProperty() county: string;
  @ApiProperty() township: string;
  @ApiProperty() address: string;
  @ApiProperty({ type: PointDto, description: 'GCJ-02' }) gcj02: PointDto;
  @ApiProperty({ nullable: true }) phone: string;
  @ApiProperty() openNow: boolean;
  @ApiProperty({ nullable: true, example: '08:30-12:00, 14:30-17:30' }) todayHours: string;
  @ApiProperty({ nullable: true }) distanceMeters: number;
  @ApiProperty() bookable: boolean;
  @ApiProperty({ type: NextSlotDto, nullable: true }) nextSlot: NextSlotDto;
}

export class CenterListDto {
  @ApiProperty({ type: [CenterSummaryDto] }) items: CenterSummaryDto[];
  @ApiProperty() total: number;
  @ApiProperty() truncated: boolean;
}

export class CenterDetailDto extends CenterSummaryDto {
  @ApiProperty({ description: '[{ weekdays: [1..7], ranges: [["08:30","12:00"]] }]' }) hours: unknown[];
  @ApiProperty() windows: number;
  @ApiProperty() matterCount: number;
  @ApiProperty({ description: '可预约天数内因节假日闭馆的日子' }) closedDays: { date: string; reason: string }[];
}

export class CenterAreasDto {
  @ApiProperty({ description: '[{ county, townships: [] }]' }) items: { county: string; townships: string[] }[];
}
