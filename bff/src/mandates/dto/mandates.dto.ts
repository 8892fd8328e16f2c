import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  MandateFaceRequest,
  MandateGrantRequest,
  MandateInviteRequest,
  MandateKind,
  MandateLevel,
  MandateReadbackRequest,
  MandateScope,
  MandateWindowRequest,
} from '@zsb/contracts';
import { MATTER_CODE_PATTERN } from '@zsb/domain';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { CENTER_ID } from '../../catalog/dto/center-params.dto';
import { IsQueryToken } from '../../common/validation';
import { MAX_MANDATE_DAYS } from '../mandate-rules';

const ID = /^[A-Za-z0-9_-]{8,64}$/;
const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;
const LICENCE_TYPE = /^[0-9A-Z]{10,32}$/;

export class MandateIdParams {
  @ApiProperty({ description: '委托编号' })
  @IsQueryToken('委托编号', ID, 'Xk3f…')
  id: string;
}

export class ReadbackIdParams {
  @ApiProperty({ description: '代办申请编号' })
  @IsQueryToken('代办申请编号', ID, 'Xk3f…')
  id: string;
}

class ScopeDto implements MandateScope {
  @ApiProperty({ enum: ['query', 'handle'], description: 'query 只能查询；handle 可以办理（含查询）' })
  @IsDefined({ message: '请选择委托对方做什么：只查询，还是可以办理' })
  @IsIn(['query', 'handle'], { message: '请选择委托对方做什么：只查询，还是可以办理' })
  level: MandateLevel;

  @ApiProperty({ type: [String], example: ['410500-010101-001'], description: '委托的事项，1–20 项' })
  @IsArray({ message: '请选择委托办理的事项' })
  @ArrayMinSize(1, { message: '请至少选择一项委托办理的事项' })
  @ArrayMaxSize(20, { message: '一次最多委托 20 项事项' })
  @IsString({ each: true, message: '事项编码格式不正确' })
  @Matches(MATTER_CODE_PATTERN, { each: true, message: '事项编码格式不正确，应类似 410500-010203-001' })
  matterCodes: string[];

  @ApiProperty({ type: [String], description: '允许代办人用于申请的电子证照类型，0–10 种' })
  @IsArray({ message: '证照类型不正确' })
  @ArrayMaxSize(10, { message: '最多允许使用 10 种证照' })
  @IsString({ each: true, message: '证照类型不正确' })
  @Matches(LICENCE_TYPE, { each: true, message: '证照类型代码不正确' })
  licenceTypeCodes: string[];

  @ApiProperty({ minimum: 1, maximum: MAX_MANDATE_DAYS, description: '委托多少天（到期自动失效）' })
  @IsDefined({ message: '请选择委托期限' })
  @IsInt({ message: `委托期限应为 1–${MAX_MANDATE_DAYS} 天` })
  @Min(1, { message: `委托期限应为 1–${MAX_MANDATE_DAYS} 天` })
  @Max(MAX_MANDATE_DAYS, { message: `委托期限最长 ${MAX_MANDATE_DAYS} 天，到期后可以再委托` })
  days: number;
}

/** Who the principal is, as typed by the helper or staff from the ID card; a phone only for someone new. */
class PrincipalDto extends ScopeDto {
  @ApiProperty({ description: '委托人姓名（照身份证）' })
  @IsDefined({ message: '请填写委托人的姓名' })
  @IsString({ message: '请填写委托人的姓名' })
  @Matches(/^[\u3400-\u9fff·]{2,20}$/u, { message: '姓名请照身份证填写汉字' })
  principalName: string;

  @ApiProperty({ description: '委托人身份证号码' })
  @IsDefined({ message: '请填写委托人的身份证号码' })
  @IsString({ message: '请填写委托人的身份证号码' })
  @MaxLength(18, { message: '身份证号码是 18 位' })
  principalIdNumber: string;

  @ApiPropertyOptional({ description: '委托人本人名下的手机号（委托人从未用过掌上办时需要）' })
  @IsOptional()
  @IsString({ message: '手机号是 11 位数字' })
  @Matches(/^1[3-9]\d{9}$/, { message: '手机号是 11 位数字，以 1 开头' })
  principalPhone?: string;
}

export class MandateInviteDto implements MandateInviteRequest {
  @ApiProperty({ enum: ['agent', 'family'], description: 'agent 以帮办代办员身份；family 以亲友身份' })
  @IsDefined({ message: '请选择以什么身份代办' })
  @IsIn(['agent', 'family'], { message: '请选择以什么身份代办' })
  as: MandateKind;

  @ApiPropertyOptional({ description: '帮办代办员所在的中心或代办点（as=agent 时必填）' })
  @IsOptional()
  @IsString({ message: '服务中心编号格式不正确' })
  @Matches(CENTER_ID, { message: '服务中心编号格式不正确' })
  centerId?: string;
}

export class InviteTokenDto {
  @ApiProperty({ description: '代办码（扫码得到）' })
  @IsDefined({ message: '请先扫描代办人的代办码' })
  @IsString({ message: '代办码不正确' })
  @Matches(TOKEN, { message: '代办码不正确，请重新扫描' })
  inviteToken: string;
}

export class MandateGrantDto extends ScopeDto implements MandateGrantRequest {
  @ApiProperty({ description: '代办码（扫码得到）' })
  @IsDefined({ message: '请先扫描代办人的代办码' })
  @IsString({ message: '代办码不正确' })
  @Matches(TOKEN, { message: '代办码不正确，请重新扫描' })
  inviteToken: string;

  @ApiProperty({ description: '发到本人手机的 6 位验证码' })
  @IsDefined({ message: '请填写短信验证码' })
  @IsString({ message: '验证码是 6 位数字' })
  @Matches(/^\d{6}$/, { message: '验证码是 6 位数字' })
  code: string;
}

export class MandateReadbackDto extends PrincipalDto implements MandateReadbackRequest {
  @ApiProperty({ enum: ['agent', 'family'] })
  @IsDefined({ message: '请选择以什么身份代办' })
  @IsIn(['agent', 'family'], { message: '请选择以什么身份代办' })
  as: MandateKind;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString({ message: '服务中心编号格式不正确' })
  @Matches(CENTER_ID, { message: '服务中心编号格式不正确' })
  centerId?: string;
}

export class MandateWindowDto extends PrincipalDto implements MandateWindowRequest {
  @ApiProperty({ example: 'C410502001', description: '办理的中心（本人须是这里的工作人员）' })
  @IsDefined({ message: '请选择您所在的中心' })
  @IsString({ message: '服务中心编号格式不正确' })
  @Matches(CENTER_ID, { message: '服务中心编号格式不正确' })
  centerId: string;

  @ApiProperty({ description: '代办人出示的代办码' })
  @IsDefined({ message: '请扫描代办人出示的代办码' })
  @IsString({ message: '代办码不正确' })
  @Matches(TOKEN, { message: '代办码不正确，请重新扫描' })
  inviteToken: string;

  @ApiProperty({ type: [String], description: '签字的纸质委托书照片，1–3 张' })
  @IsArray({ message: '请拍下签字的委托书' })
  @ArrayMinSize(1, { message: '请拍下签字的委托书' })
  @ArrayMaxSize(3, { message: '委托书照片最多 3 张' })
  @IsString({ each: true, message: '照片编号不正确' })
  @Matches(ID, { each: true, message: '照片编号不正确' })
  paperUploadIds: string[];
}

export class MandateFaceDto extends PrincipalDto implements MandateFaceRequest {
  @ApiProperty({ description: '委托人刷脸后手机得到的核验结果（wx.startFacialRecognitionVerify 的 verifyResult）' })
  @IsDefined({ message: '请先让委托人刷脸' })
  @IsString({ message: '人脸核验结果不正确' })
  @Matches(/^[A-Za-z0-9_\-+/=]{8,128}$/, { message: '人脸核验结果不正确，请重新刷脸' })
  verifyResult: string;
}

export class MandateConfirmDto {
  @ApiProperty({ description: '委托人念给代办人的 6 位验证码' })
  @IsDefined({ message: '请填写委托人收到的验证码' })
  @IsString({ message: '验证码是 6 位数字' })
  @Matches(/^\d{6}$/, { message: '验证码是 6 位数字' })
  code: string;
}
