import { Controller, Get, Param, Query, UseInterceptors } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiServiceUnavailableResponse,
  ApiTags,
} from '@nestjs/swagger';
import type { DomainList, HotMatters, MatterGuide, MatterPage, ThemeDetail, ThemeList } from '@zsb/contracts';
import { CatalogHeadersInterceptor } from './catalog-headers.interceptor';
import { CatalogService } from './catalog.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import {
  DomainListDto,
  HotMattersDto,
  MatterGuideDto,
  MatterPageDto,
  ThemeDetailDto,
  ThemeListDto,
} from './dto/catalog.responses';
import { MatterQueryDto, ThemeIdParams } from './dto/matter-query.dto';

@ApiTags('catalog 事项目录')
@ApiBadRequestResponse({ type: ErrorBodyDto, description: '参数不正确' })
@ApiServiceUnavailableResponse({ type: ErrorBodyDto, description: '目录尚未同步且省平台不可用' })
@UseInterceptors(CatalogHeadersInterceptor)
@Controller('api/v1')
export class CatalogController {
  constructor(private readonly catalog: CatalogService) {}

  @Get('matters')
  @ApiOperation({ summary: '搜索与筛选事项', description: '支持中文、错别字、口语、全拼与拼音首字母；按相关度排序' })
  @ApiOkResponse({ type: MatterPageDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'centerId 不存在' })
  search(@Query() query: MatterQueryDto): MatterPage {
    return this.catalog.search(query);
  }

  // Declared before matters/:code so that "hot" is not taken for a code.
  @Get('matters/hot')
  @ApiOperation({ summary: '热门事项' })
  @ApiOkResponse({ type: HotMattersDto })
  hot(): Promise<HotMatters> {
    return this.catalog.hot();
  }

  @Get('matters/:code')
  @ApiOperation({ summary: '办事指南（全部字段）' })
  @ApiOkResponse({ type: MatterGuideDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  guide(@Param('code') code: string): MatterGuide {
    return this.catalog.guide(code);
  }

  @Get('domains')
  @ApiOperation({ summary: '领域（主题分类）及事项数' })
  @ApiOkResponse({ type: DomainListDto })
  domains(): DomainList {
    return this.catalog.domains();
  }

  @Get('themes')
  @ApiOperation({ summary: '一件事一次办主题' })
  @ApiOkResponse({ type: ThemeListDto })
  themes(): ThemeList {
    return this.catalog.themes();
  }

  @Get('themes/:id')
  @ApiOperation({ summary: '一件事一次办主题详情' })
  @ApiOkResponse({ type: ThemeDetailDto })
  @ApiNotFoundResponse({ type: ErrorBodyDto })
  theme(@Param() params: ThemeIdParams): ThemeDetail {
    return this.catalog.theme(params.id);
  }
}
