import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  DisplayCode,
  DisplayCodeRequest,
  DisplayCodeStatus,
  LicenceConsent,
  LicenceConsentList,
  LicenceConsentRequest,
  LicenceDetail,
  LicenceField,
  LicenceList,
  LicenceStatus,
  LicenceSummary,
  LicenceUse,
  LicenceUseAction,
  LicenceUseList,
  LicenceVerification,
  LicenceVerificationRequest,
} from '@zsb/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateBy,
} from 'class-validator';
import { normaliseShortCode } from '@zsb/domain';
import { IsQueryBoolean, IsQueryToken } from '../../common/validation';
import { DISPLAY_TTL } from '../display-codes.service';

const STATUS: LicenceStatus[] = ['valid', 'expired', 'revoked'];
/** The QR's form: `<id>.<tag>`, both base64url. */
const LONG_CODE = /^[A-Za-z0-9_-]{16,64}\.[A-Za-z0-9_-]{16,64}$/;

export class LicenceIdParams {
  @ApiProperty({ description: '证照编号（不可猜测）' })
  @IsQueryToken('证照编号', /^[A-Za-z0-9_-]{8,64}$/, 'a1b2c3d4e5f60718293a4b5c6d7e8f90')
  id: string;
}

export class DisplayStatusParams {
  @ApiProperty({ description: '亮证码的查询编号（生成亮证码时给出；不是亮证码本身）' })
  @IsQueryToken('查询编号', /^[A-Za-z0-9_-]{22}$/, 'Zx8kq2Lm4Np6Rs0Tv3Wy5A')
  statusId: string;
}

export class ConsentIdParams {
  @ApiProperty()
  @IsQueryToken('授权编号', /^[A-Za-z0-9_-]{8,64}$/, 'Xk3…')
  id: string;
}

export class LicenceDetailQuery {
  @ApiPropertyOptional({ description: '显示完整信息（记入用证记录）' })
  @IsQueryBoolean('显示完整信息')
  reveal?: boolean;
}

export class DisplayCodeDto implements DisplayCodeRequest {
  @ApiProperty({ example: ['姓名', '公民身份号码'], description: '允许核验方看到的项目' })
  @IsArray({ message: '请选择要出示的项目' })
  @ArrayMinSize(1, { message: '请至少选择一个要出示的项目' })
  @ArrayMaxSize(20, { message: '出示的项目太多了' })
  @IsString({ each: true, message: '出示的项目不正确' })
  @MaxLength(20, { each: true, message: '出示的项目不正确' })
  fields: string[];

  @ApiPropertyOptional({ minimum: DISPLAY_TTL.min, maximum: DISPLAY_TTL.max, default: DISPLAY_TTL.default })
  @IsOptional()
  @IsInt({ message: '有效时间应为整数秒' })
  @Min(DISPLAY_TTL.min, { message: `有效时间不能少于 ${DISPLAY_TTL.min} 秒` })
  @Max(DISPLAY_TTL.max, { message: `有效时间不能超过 ${DISPLAY_TTL.max} 秒` })
  ttlSec?: number;
}

export class LicenceVerificationDto implements LicenceVerificationRequest {
  @ApiProperty({
    description: '扫码得到的亮证码，或二维码下方的 8 位短码（不区分大小写，可含空格）',
    example: 'K7QM 3XP2',
  })
  @IsString({ message: '亮证码不正确' })
  @MaxLength(140, { message: '亮证码不正确，请重新扫码' })
  @ValidateBy({
    name: 'isDisplayCodeText',
    validator: {
      validate: (v: unknown) => typeof v === 'string' && (LONG_CODE.test(v) || normaliseShortCode(v) !== null),
      defaultMessage: () => '亮证码不正确，请重新扫码或核对 8 位短码',
    },
  })
  code: string;
}

export class LicenceConsentDto implements LicenceConsentRequest {
  @ApiProperty({ description: '证照类型代码' })
  @IsString({ message: '证照类型不正确' })
  @Matches(/^[0-9A-Z]{10,32}$/, { message: '证照类型代码不正确' })
  typeCode: string;

  @ApiProperty({ example: '410500-026320-025' })
  @IsString({ message: '事项编码不正确' })
  @Matches(/^\d{6}-\d{6}-\d{3}$/, { message: '事项编码格式不正确，应类似 410500-010203-001' })
  matterCode: string;
}

export class LicenceSummaryDto implements LicenceSummary {
  @ApiProperty() id: string;
  @ApiProperty() typeCode: string;
  @ApiProperty({ example: '居民身份证' }) typeName: string;
  @ApiProperty({ example: '4105**********0036' }) numberMasked: string;
  @ApiProperty() issuer: string;
  @ApiProperty({ example: '2020-05-01' }) issuedOn: string;
  @ApiProperty({ nullable: true, type: String }) validUntil: string | null;
  @ApiProperty({ enum: STATUS }) status: LicenceStatus;
}

export class LicenceListDto implements LicenceList {
  @ApiProperty({ type: [LicenceSummaryDto] }) items: LicenceSummary[];
}

class LicenceFieldDto implements LicenceField {
  @ApiProperty() label: string;
  @ApiProperty() value: string;
  @ApiProperty() masked: boolean;
}

class SealDto {
  @ApiProperty() issuer: string;
  @ApiProperty() keyId: string;
  @ApiProperty() algorithm: string;
  @ApiProperty() signedAt: string;
}

export class LicenceDetailDto extends LicenceSummaryDto implements LicenceDetail {
  @ApiProperty({ example: '张*国' }) holderNameMasked: string;
  @ApiProperty({ type: [LicenceFieldDto] }) fields: LicenceField[];
  @ApiProperty({ description: '发证机关的电子签章核验通过' }) verified: boolean;
  @ApiProperty({ type: SealDto, nullable: true }) seal: LicenceDetail['seal'];
}

export class DisplayCodeAnswerDto implements DisplayCode {
  @ApiProperty({ description: '放进二维码；只能核验一次' }) code: string;
  @ApiProperty({
    description: '亮证短码：印在二维码下方、供核验方手工输入的 8 位码（与二维码同时失效，用过其一两者都作废）',
    example: 'K7QM3XP2',
  })
  shortCode: string;
  @ApiProperty({ description: '持证人查询是否已被核验用（不能用来核验）' }) statusId: string;
  @ApiProperty() expiresAt: string;
  @ApiProperty() ttlSec: number;
  @ApiProperty({ type: [String] }) fields: string[];
}

class ShownFieldDto {
  @ApiProperty() label: string;
  @ApiProperty() value: string;
}

export class LicenceVerificationAnswerDto implements LicenceVerification {
  @ApiProperty() typeName: string;
  @ApiProperty() issuer: string;
  @ApiProperty({ enum: STATUS }) status: LicenceStatus;
  @ApiProperty() verified: boolean;
  @ApiProperty() holderNameMasked: string;
  @ApiProperty({ type: [ShownFieldDto] }) fields: { label: string; value: string }[];
  @ApiProperty() verifiedAt: string;
}

class LicenceUseDto implements LicenceUse {
  @ApiProperty() id: string;
  @ApiProperty() licenceId: string;
  @ApiProperty() typeName: string;
  @ApiProperty({ enum: ['read', 'display', 'verify', 'use'] }) action: LicenceUseAction;
  @ApiProperty({ enum: ['self', 'verifier', 'application'] }) actor: LicenceUse['actor'];
  @ApiPropertyOptional() actorNameMasked?: string;
  @ApiProperty() purpose: string;
  @ApiProperty() at: string;
}

export class LicenceUseListDto implements LicenceUseList {
  @ApiProperty({ type: [LicenceUseDto] }) items: LicenceUse[];
}

export class LicenceConsentAnswerDto implements LicenceConsent {
  @ApiProperty() id: string;
  @ApiProperty() typeCode: string;
  @ApiProperty() typeName: string;
  @ApiProperty() matterCode: string;
  @ApiProperty() matterName: string;
  @ApiProperty() purpose: string;
  @ApiProperty() grantedAt: string;
  @ApiProperty({ nullable: true, type: String }) revokedAt: string | null;
}

export class LicenceConsentListDto implements LicenceConsentList {
  @ApiProperty({ type: [LicenceConsentAnswerDto] }) items: LicenceConsent[];
}

export class DisplayCodeStatusDto implements DisplayCodeStatus {
  @ApiProperty({ description: '是否已被核验' }) verified: boolean;
  @ApiProperty({ type: String, nullable: true, example: '2026-12-07T14:05:00+08:00' }) verifiedAt: string | null;
  @ApiProperty({ type: String, nullable: true, example: '张*国' }) verifierNameMasked: string | null;
}
