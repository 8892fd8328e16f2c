import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FeedbackCaseKind, FeedbackRequest, FeedbackType, StaffFeedbackAction } from '@zsb/contracts';
import { MATTER_CODE_PATTERN } from '@zsb/domain';
import { ArrayMaxSize, IsArray, IsDefined, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { CENTER_ID } from '../../catalog/dto/center-params.dto';
import { IsQueryToken } from '../../common/validation';

const ID = /^[A-Za-z0-9_-]{8,64}$/;
const KINDS: FeedbackCaseKind[] = [
  'online_failed',
  'window_failed',
  'repeat_visits',
  'result_dispute',
  'staff_conduct',
  'other',
];

export class FeedbackIdParams {
  @ApiProperty({ description: '反映或咨询的编号（不可猜测）' })
  @IsQueryToken('编号', ID, 'Xk3f…')
  id: string;
}

export class FeedbackDto implements FeedbackRequest {
  @ApiProperty({ enum: ['case', 'consultation'], description: 'case 办不成事反映；consultation 咨询' })
  @IsDefined({ message: '请选择是反映问题还是咨询' })
  @IsIn(['case', 'consultation'], { message: '请选择是反映问题还是咨询' })
  type: FeedbackType;

  @ApiPropertyOptional({ enum: KINDS })
  @IsOptional()
  @IsIn(KINDS, { message: '请选择遇到的是哪一类问题' })
  kind?: FeedbackCaseKind;

  @ApiPropertyOptional({ example: '410500-010101-001' })
  @IsOptional()
  @IsString({ message: '事项编码格式不正确' })
  @Matches(MATTER_CODE_PATTERN, { message: '事项编码格式不正确，应类似 410500-010203-001' })
  matterCode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '办件编号格式不正确' })
  @Matches(ID, { message: '办件编号格式不正确' })
  applicationId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '预约编号格式不正确' })
  @Matches(ID, { message: '预约编号格式不正确' })
  bookingId?: string;

  @ApiPropertyOptional({ example: 'C410502001' })
  @IsOptional()
  @IsString({ message: '服务中心编号格式不正确' })
  @Matches(CENTER_ID, { message: '服务中心编号格式不正确' })
  centerId?: string;

  @ApiProperty({ description: '遇到的情况或要咨询的问题，5–1000 字' })
  @IsDefined({ message: '请写下遇到的情况或问题' })
  @IsString({ message: '请写下遇到的情况或问题' })
  @MaxLength(4000, { message: '最多 1000 个字' })
  text: string;

  @ApiProperty({ example: [], description: '上传的照片编号，最多 3 张（仅反映问题）' })
  @IsDefined({ message: '照片格式不正确' })
  @IsArray({ message: '照片格式不正确' })
  @ArrayMaxSize(10, { message: '最多上传 3 张照片' })
  @IsString({ each: true, message: '照片编号不正确' })
  @Matches(ID, { each: true, message: '照片编号不正确' })
  photos: string[];
}

export class StaffFeedbackActionDto implements StaffFeedbackAction {
  @ApiProperty({ enum: ['progress', 'answer'], description: 'progress 记录办理情况；answer 书面答复' })
  @IsDefined({ message: '请选择要办理的步骤' })
  @IsIn(['progress', 'answer'], { message: '请选择要办理的步骤' })
  action: 'progress' | 'answer';

  @ApiProperty()
  @IsDefined({ message: '请填写办理情况或答复内容' })
  @IsString({ message: '请填写办理情况或答复内容' })
  @Matches(/\S/, { message: '请填写办理情况或答复内容' })
  @MaxLength(1000, { message: '最多 1000 个字' })
  note: string;
}
