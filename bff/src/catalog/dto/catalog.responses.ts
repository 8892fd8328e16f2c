import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  DomainList,
  DomainSummary,
  GuideField,
  GuideFee,
  GuideMaterial,
  GuideStep,
  HotMatters,
  LicenceTypeRef,
  MatchRange,
  MatterGuide,
  MatterPage,
  MatterSummary,
  ThemeDetail,
  ThemeList,
  ThemeSummary,
} from '@zsb/contracts';

// OpenAPI shapes of the catalog answers. They implement the contract types, so the compiler keeps the
// documentation and packages/contracts in step.

const LEVELS = ['county', 'township', 'street', 'village'];
// Every GuideField once: the compiler refuses this object when the contract gains or loses one.
const GUIDE_FIELDS = Object.keys({
  department: true,
  kind: true,
  levels: true,
  onlineDepth: true,
  promiseType: true,
  legalDays: true,
  promisedDays: true,
  maxVisits: true,
  fee: true,
  basis: true,
  conditions: true,
  materials: true,
  licenceTypes: true,
  steps: true,
  locations: true,
  consultPhone: true,
  complaintPhone: true,
} satisfies Record<GuideField, true>);

export class MatterSummaryDto implements MatterSummary {
  @ApiProperty({ example: '410500-010203-001', description: '事项编码' }) code: string;
  @ApiProperty({ example: '社会保障卡申领' }) name: string;
  @ApiProperty({ example: 'social-insurance' }) domain: string;
  @ApiProperty({ example: '社会保险' }) domainName: string;
  @ApiProperty({ example: '安阳市人力资源和社会保障局' }) department: string;
  @ApiProperty({ example: '公共服务', description: '事项类型' }) kind: string;
  @ApiProperty({ enum: LEVELS, isArray: true }) levels: MatterSummary['levels'];
  @ApiProperty({ enum: [1, 2, 3, 4], description: '网上办理深度' }) onlineDepth: MatterSummary['onlineDepth'];
  @ApiProperty({ description: '掌上办：网上办理深度 3 或 4' }) mobileReady: boolean;
  @ApiProperty({ enum: ['immediate', 'promised'], description: '即办件 / 承诺件' })
  promiseType: MatterSummary['promiseType'];
  @ApiProperty({ description: '承诺办结时限（工作日），即办件为 0' }) promisedDays: number;
  @ApiProperty({ description: '最多跑动次数' }) maxVisits: number;
  @ApiPropertyOptional({
    description: '名称中与搜索词匹配的 [起, 止) 字符位置',
    type: 'array',
    items: { type: 'array', items: { type: 'integer' } },
  })
  highlights?: MatchRange[];
}

export class MatterPageDto implements MatterPage {
  @ApiProperty({ type: [MatterSummaryDto] }) items: MatterSummaryDto[];
  @ApiProperty() page: number;
  @ApiProperty() pageSize: number;
  @ApiProperty() total: number;
  @ApiProperty({ description: '回答本次请求的事项目录版本' }) catalogVersion: string;
}

export class LicenceTypeRefDto implements LicenceTypeRef {
  @ApiProperty() code: string;
  @ApiProperty({ example: '居民身份证' }) name: string;
  @ApiProperty({ example: '公安机关' }) issuer: string;
}

export class GuideMaterialDto implements GuideMaterial {
  @ApiProperty() name: string;
  @ApiProperty() required: boolean;
  @ApiProperty({ enum: ['original', 'copy', 'original-and-copy', 'electronic'] }) form: GuideMaterial['form'];
  @ApiProperty() copies: number;
  @ApiProperty({ type: String, nullable: true }) note: string | null;
  @ApiProperty({ type: LicenceTypeRefDto, nullable: true, description: '可代替此材料的电子证照' })
  licenceType: LicenceTypeRefDto | null;
}

export class GuideStepDto implements GuideStep {
  @ApiProperty() name: string;
  @ApiProperty() description: string;
}

export class GuideFeeDto implements GuideFee {
  @ApiProperty() free: boolean;
  @ApiProperty() description: string;
}

class ThemeRefDto {
  @ApiProperty() id: string;
  @ApiProperty() name: string;
}

class SourceDto {
  @ApiProperty() name: string;
  @ApiProperty({ type: String, nullable: true }) url: string | null;
}

export class MatterGuideDto extends MatterSummaryDto implements MatterGuide {
  @ApiProperty({ type: [String], description: '设定依据' }) basis: string[];
  @ApiProperty({ type: [String], description: '办理条件' }) conditions: string[];
  @ApiProperty({ type: [GuideMaterialDto], description: '申请材料' }) materials: GuideMaterialDto[];
  @ApiProperty({ type: [GuideStepDto], description: '办理流程' }) steps: GuideStepDto[];
  @ApiProperty({ description: '法定办结时限（工作日）' }) legalDays: number;
  @ApiProperty({ type: GuideFeeDto }) fee: GuideFeeDto;
  @ApiProperty({ type: [String], description: '办理地点' }) locations: string[];
  @ApiProperty({ type: String, nullable: true }) consultPhone: string | null;
  @ApiProperty({ type: String, nullable: true }) complaintPhone: string | null;
  @ApiProperty({ type: [ThemeRefDto] }) themes: ThemeRefDto[];
  @ApiProperty({
    type: [String],
    enum: GUIDE_FIELDS,
    description: '来源未公布、以示例数据补齐的字段（指南字段名，界面上标“示例”）',
  })
  sampleFields: GuideField[];
  @ApiProperty({ type: SourceDto }) source: SourceDto;
  @ApiProperty() catalogVersion: string;
  @ApiProperty() updatedAt: string;
}

export class HotMattersDto implements HotMatters {
  @ApiProperty({ type: [MatterSummaryDto] }) items: MatterSummaryDto[];
}

export class DomainSummaryDto implements DomainSummary {
  @ApiProperty({ example: 'social-insurance' }) code: string;
  @ApiProperty({ example: '社会保险' }) name: string;
  @ApiProperty() matterCount: number;
  @ApiProperty() mobileReadyCount: number;
}

export class DomainListDto implements DomainList {
  @ApiProperty({ type: [DomainSummaryDto] }) items: DomainSummaryDto[];
}

export class ThemeSummaryDto implements ThemeSummary {
  @ApiProperty({ example: 'T01' }) id: string;
  @ApiProperty({ example: '我要开办企业' }) name: string;
  @ApiProperty() description: string;
  @ApiProperty() matterCount: number;
}

export class ThemeListDto implements ThemeList {
  @ApiProperty({ type: [ThemeSummaryDto] }) items: ThemeSummaryDto[];
}

export class ThemeDetailDto extends ThemeSummaryDto implements ThemeDetail {
  @ApiProperty({ type: [MatterSummaryDto] }) matters: MatterSummaryDto[];
  @ApiProperty({ type: [GuideMaterialDto], description: '一表申请：合并去重后的材料' })
  sharedMaterials: GuideMaterialDto[];
  @ApiProperty() promisedDays: number;
  @ApiProperty() maxVisits: number;
}
