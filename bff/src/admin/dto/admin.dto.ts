import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AdminRole, IndicatorKey, PersonGrantRequest, TargetKey } from '@zsb/contracts';
import { IsDefined, IsIn, IsOptional, IsString, Matches } from 'class-validator';

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
