import { ApiPropertyOptional } from '@nestjs/swagger';
import type { MatterQuery, ServiceLevel } from '@zsb/contracts';
import { IsQueryBoolean, IsQueryChoice, IsQueryInt, IsQueryToken, IsSearchText } from '../../common/validation';

export const MAX_QUERY_LENGTH = 50;
export const MAX_PAGE_SIZE = 50;
const LEVELS: readonly ServiceLevel[] = ['county', 'township', 'street', 'village'];

export class MatterQueryDto implements MatterQuery {
  @ApiPropertyOptional({
    description: '搜索词：中文、全拼或拼音首字母，如 “社保卡”“shebaoka”“sbk”',
    maxLength: MAX_QUERY_LENGTH,
  })
  @IsSearchText('搜索词', MAX_QUERY_LENGTH)
  q?: string;

  @ApiPropertyOptional({ description: '领域代码，见 GET /api/v1/domains', example: 'social-insurance' })
  @IsQueryToken('领域', /^[a-z][a-z-]{1,39}$/, 'social-insurance')
  domain?: string;

  @ApiPropertyOptional({ enum: LEVELS, description: '办理层级' })
  @IsQueryChoice('办理层级', LEVELS)
  level?: ServiceLevel;

  @ApiPropertyOptional({ description: '只看掌上办（网上办理深度 3–4）' })
  @IsQueryBoolean('掌上办筛选')
  mobileReady?: boolean;

  @ApiPropertyOptional({ description: '只看这个便民服务中心能办的事项', example: 'C410502001' })
  @IsQueryToken('服务中心编号', /^[A-Z][A-Z0-9-]{2,31}$/, 'C410502001')
  centerId?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 1000, default: 1 })
  @IsQueryInt('页码', 1, 1000)
  page?: number;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_PAGE_SIZE, default: 20 })
  @IsQueryInt('每页条数', 1, MAX_PAGE_SIZE)
  pageSize?: number;
}

export class ThemeIdParams {
  @ApiPropertyOptional({ description: '主题编号', example: 'T01' })
  @IsQueryToken('主题编号', /^[A-Za-z0-9_-]{1,32}$/, 'T01')
  id: string;
}
