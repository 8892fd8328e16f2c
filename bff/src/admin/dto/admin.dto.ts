import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  AdminRole,
  ClosureReason,
  ClosureRequest,
  IndicatorKey,
  PersonGrantRequest,
  QueueAssignRequest,
  QueueKind,
  SynonymRequest,
  TargetKey,
} from '@zsb/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  Length,
  Matches,
} from 'class-validator';

const MONTH = /^20\d{2}-(0[1-9]|1[0-2])$/;
// A county or township name as the catalog's centers carry it: Chinese, a few characters.
const AREA = /^[\u4e00-\u9fa5（）()·]{2,20}$/;
const CENTER_ID = /^[A-Z][A-Z0-9-]{2,31}$/;
const ROLES: AdminRole[] = ['countyAdmin', 'centerAdmin', 'staff', 'agent'];
export const FIGURES: (TargetKey | IndicatorKey)[] = [
  'center-matters',
  'mobile-matters',
  'immediate-share',
  'average-visits',
  'active-rating',
  'bad-rectified',
  'answered-on-time',
  'kiosk-coverage',
  'agent-mandates',
  'agent-applications',
  'bookings',
  'booking-utilisation',
  'no-show-rate',
];

export class DashboardQuery {
  @ApiProperty({ example: '林州市', description: '县（市、区）' })
  @IsDefined({ message: '请选择县（市、区）' })
  @IsString({ message: '县（市、区）只能选一个' })
  @Matches(AREA, { message: '县（市、区）名称不正确' })
  county: string;

  @ApiPropertyOptional({ example: '姚村镇', description: '乡镇（街道）：下钻到一个乡镇' })
  @IsOptional()
  @IsString({ message: '乡镇（街道）只能选一个' })
  @Matches(AREA, { message: '乡镇（街道）名称不正确' })
  township?: string;

  @ApiPropertyOptional({ example: '2026-11', description: '月份（北京时间）；默认本月' })
  @IsOptional()
  @IsString({ message: '月份只能选一个' })
  @Matches(MONTH, { message: '月份格式不正确，应类似 2026-11' })
  month?: string;
}

export class FigureListQuery extends DashboardQuery {
  @ApiProperty({ enum: FIGURES, description: '看板上的哪一项' })
  @IsDefined({ message: '请选择要查看的指标' })
  @IsIn(FIGURES, { message: '没有这项指标' })
  figure: TargetKey | IndicatorKey;
}

export class PeopleQuery {
  @ApiPropertyOptional({ example: '林州市' })
  @IsOptional()
  @IsString({ message: '县（市、区）只能选一个' })
  @Matches(AREA, { message: '县（市、区）名称不正确' })
  county?: string;

  @ApiPropertyOptional({ example: 'C410581100' })
  @IsOptional()
  @IsString({ message: '中心只能选一个' })
  @Matches(CENTER_ID, { message: '中心编号不正确' })
  centerId?: string;
}

export class PersonGrantDto implements PersonGrantRequest {
  @ApiProperty({ example: '13812345678', description: '对方完成实名认证时的手机号' })
  @IsDefined({ message: '请填写手机号' })
  @IsString({ message: '手机号不正确' })
  @Matches(/^1\d{10}$/, { message: '手机号应为 11 位数字' })
  phone: string;

  @ApiProperty({ enum: ROLES })
  @IsDefined({ message: '请选择角色' })
  @IsIn(ROLES, { message: '没有这个角色' })
  role: AdminRole;

  @ApiPropertyOptional({ description: '县级管理员：所管的县（市、区）' })
  @IsOptional()
  @IsString({ message: '县（市、区）只能选一个' })
  @Matches(AREA, { message: '县（市、区）名称不正确' })
  county?: string;

  @ApiPropertyOptional({ description: '其他角色：所在中心（站）' })
  @IsOptional()
  @IsString({ message: '中心只能选一个' })
  @Matches(CENTER_ID, { message: '中心编号不正确' })
  centerId?: string;
}

export class GrantIdParams {
  @ApiProperty()
  @Matches(/^[A-Za-z0-9_-]{8,200}$/, { message: '没有找到这个授权' })
  id: string;
}

export class AuditQuery {
  @ApiPropertyOptional({ example: '林州市' })
  @IsOptional()
  @IsString({ message: '县（市、区）只能选一个' })
  @Matches(AREA, { message: '县（市、区）名称不正确' })
  county?: string;

  @ApiPropertyOptional({ description: '上一页最后一条的 id' })
  @IsOptional()
  @IsString({ message: '分页参数不正确' })
  @Matches(/^\d{1,18}$/, { message: '分页参数不正确' })
  before?: string;
}

const ISO_WITH_OFFSET = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
const REASONS: ClosureReason[] = ['power', 'renovation', 'weather', 'other'];

export class ClosureDto implements ClosureRequest {
  @ApiProperty({ example: 'C410581100' })
  @IsDefined({ message: '请选择中心' })
  @IsString({ message: '中心只能选一个' })
  @Matches(CENTER_ID, { message: '中心编号不正确' })
  centerId: string;

  @ApiProperty({ example: '2026-12-09T14:00:00+08:00' })
  @IsDefined({ message: '请选择开始时间' })
  @IsString({ message: '开始时间不正确' })
  @Matches(ISO_WITH_OFFSET, { message: '开始时间格式不正确' })
  start: string;

  @ApiProperty({ example: '2026-12-09T18:00:00+08:00' })
  @IsDefined({ message: '请选择结束时间' })
  @IsString({ message: '结束时间不正确' })
  @Matches(ISO_WITH_OFFSET, { message: '结束时间格式不正确' })
  end: string;

  @ApiProperty({ enum: REASONS })
  @IsDefined({ message: '请选择原因' })
  @IsIn(REASONS, { message: '请选择原因' })
  reason: ClosureReason;

  @ApiProperty({ example: '线路检修停电', description: '告诉群众的说明，2–60 个字' })
  @IsDefined({ message: '请填写说明' })
  @IsString({ message: '说明不正确' })
  @Length(2, 60, { message: '说明请写 2–60 个字' })
  @Matches(/^[^\u0000-\u001f<>]+$/, { message: '说明里不能有换行或尖括号' })
  note: string;
}

export class ClosureListQuery extends PeopleQuery {}

const KINDS: QueueKind[] = ['review', 'case', 'consultation', 'home-visit'];

export class PlacesQuery {
  @ApiProperty({ example: '林州市' })
  @IsDefined({ message: '请选择县（市、区）' })
  @IsString({ message: '县（市、区）只能选一个' })
  @Matches(AREA, { message: '县（市、区）名称不正确' })
  county: string;

  @ApiPropertyOptional({ example: '姚村镇' })
  @IsOptional()
  @IsString({ message: '乡镇（街道）只能选一个' })
  @Matches(AREA, { message: '乡镇（街道）名称不正确' })
  township?: string;
}

export class QueueQuery extends PeopleQuery {
  @ApiPropertyOptional({ enum: KINDS })
  @IsOptional()
  @IsIn(KINDS, { message: '没有这类待办' })
  kind?: QueueKind;

  @ApiPropertyOptional({ description: 'true 只看未办结的；false 只看已办结的；不填为全部' })
  @IsOptional()
  @IsIn(['true', 'false'], { message: '办结状态只能是 true 或 false' })
  open?: 'true' | 'false';
}

export class QueueAssignDto implements QueueAssignRequest {
  @ApiProperty({ enum: KINDS })
  @IsDefined({ message: '请选择待办类型' })
  @IsIn(KINDS, { message: '没有这类待办' })
  kind: QueueKind;

  @ApiProperty()
  @IsDefined({ message: '请选择待办' })
  @IsString({ message: '待办编号不正确' })
  @Matches(/^[A-Za-z0-9_-]{4,64}$/, { message: '待办编号不正确' })
  id: string;

  @ApiProperty({ description: '人员与角色里该中心窗口人员或中心管理员的授权 id' })
  @IsDefined({ message: '请选择承办人' })
  @IsString({ message: '承办人不正确' })
  @Matches(/^[A-Za-z0-9_-]{8,200}$/, { message: '承办人不正确' })
  grantId: string;
}

export class SearchGapsQuery {
  @ApiPropertyOptional({ enum: ['7', '30', '90'], description: '最近几天；默认 30' })
  @IsOptional()
  @IsIn(['7', '30', '90'], { message: '只能看最近 7、30 或 90 天' })
  days?: '7' | '30' | '90';
}

// A word or phrase as residents type it or as matter names have it: no control characters or angle brackets.
const TERM = /^[^\u0000-\u001f<>]{1,20}$/u;

export class SynonymDto implements SynonymRequest {
  @ApiProperty({ example: '三代卡', description: '群众的说法，1–20 个字' })
  @IsDefined({ message: '请填写群众的说法' })
  @IsString({ message: '说法不正确' })
  @Matches(TERM, { message: '说法请写 1–20 个字，不能有换行或尖括号' })
  says: string;

  @ApiProperty({ example: ['社会保障卡'], description: '事项名称里的词，1–5 个，每个 1–20 个字' })
  @IsArray({ message: '请填写对应的词' })
  @ArrayMinSize(1, { message: '请至少填写一个对应的词' })
  @ArrayMaxSize(5, { message: '对应的词最多 5 个' })
  @IsString({ each: true, message: '对应的词不正确' })
  @Matches(TERM, { each: true, message: '每个对应的词请写 1–20 个字，不能有换行或尖括号' })
  means: string[];
}

export class SynonymIdParams {
  @ApiProperty()
  @Matches(/^[A-Za-z0-9_-]{8,64}$/, { message: '没有找到这个同义词' })
  id: string;
}
