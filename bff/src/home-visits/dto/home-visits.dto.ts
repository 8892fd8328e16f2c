import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HomeVisitReason, HomeVisitRequest, StaffHomeVisitAction } from '@zsb/contracts';
import { MATTER_CODE_PATTERN } from '@zsb/domain';
import { IsDefined, IsIn, IsISO8601, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { CENTER_ID } from '../../catalog/dto/center-params.dto';
import { IsQueryToken } from '../../common/validation';

const ID = /^[A-Za-z0-9_-]{8,64}$/;
const REASONS: HomeVisitReason[] = ['elderly', 'disabled', 'ill', 'other'];

export class HomeVisitIdParams {
  @ApiProperty({ description: '上门服务申请的编号（不可猜测）' })
  @IsQueryToken('编号', ID, 'Xk3f…')
  id: string;
}

export class HomeVisitDto implements HomeVisitRequest {
  @ApiProperty({ example: '410500-010101-001' })
  @IsDefined({ message: '请选择要办的事项' })
  @IsString({ message: '事项编码格式不正确' })
  @Matches(MATTER_CODE_PATTERN, { message: '事项编码格式不正确，应类似 410500-010203-001' })
  matterCode: string;

  @ApiProperty({ example: 'C410502001' })
  @IsDefined({ message: '请选择请哪个中心上门' })
  @IsString({ message: '服务中心编号格式不正确' })
  @Matches(CENTER_ID, { message: '服务中心编号格式不正确' })
  centerId: string;

  @ApiProperty({ enum: REASONS, description: 'elderly 年老行动不便；disabled 残疾；ill 重病；other 其他' })
  @IsDefined({ message: '请选择不能到场的原因' })
  @IsIn(REASONS, { message: '请选择不能到场的原因' })
  reason: HomeVisitReason;

  @ApiProperty({ description: '要办什么、需要注意什么，5–300 字' })
  @IsDefined({ message: '请写一下要办什么' })
  @IsString({ message: '请写一下要办什么' })
  @MinLength(5, { message: '请多写几个字，说清要办什么（至少 5 个字）' })
  @MaxLength(300, { message: '说明最多 300 字' })
  note: string;

  @ApiProperty({ description: '上门地址，5–100 字' })
  @IsDefined({ message: '请填写上门地址' })
  @IsString({ message: '请填写上门地址' })
  @MinLength(5, { message: '地址请写到村（社区）和门牌' })
  @MaxLength(100, { message: '地址最多 100 字' })
  address: string;
}

export class StaffHomeVisitActionDto implements StaffHomeVisitAction {
  @ApiProperty({ enum: ['accept', 'decline', 'done'], description: 'accept 安排上门；decline 不能上门；done 已上门' })
  @IsDefined({ message: '请选择处理方式' })
  @IsIn(['accept', 'decline', 'done'], { message: '请选择处理方式' })
  action: 'accept' | 'decline' | 'done';

  @ApiPropertyOptional({ example: '2026-12-09T09:30:00+08:00', description: '安排上门时：上门时间' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: '上门时间格式不正确' })
  scheduledAt?: string;

  @ApiPropertyOptional({ description: '不能上门的原因（必填），或上门后的说明' })
  @IsOptional()
  @IsString({ message: '说明格式不正确' })
  @MaxLength(200, { message: '说明最多 200 字' })
  answer?: string;
}
