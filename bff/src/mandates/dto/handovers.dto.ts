import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { HandoverRequest } from '@zsb/contracts';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDefined,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
} from 'class-validator';
import { AppError } from '../../common/errors';

const ID = /^[A-Za-z0-9_-]{8,64}$/;

export class HandoverDto {
  @ApiProperty({ enum: ['code', 'signature'], description: 'code 委托人念出的验证码；signature 签收单照片' })
  @IsDefined({ message: '请选择怎样确认对方收到了' })
  @IsIn(['code', 'signature'], { message: '请选择怎样确认对方收到了' })
  method: 'code' | 'signature';

  @ApiPropertyOptional({ description: 'code：委托人收到的 6 位验证码' })
  @IsOptional()
  @IsString({ message: '验证码是 6 位数字' })
  @Matches(/^\d{6}$/, { message: '验证码是 6 位数字' })
  code?: string;

  @ApiPropertyOptional({ type: [String], description: 'signature：签收单照片，1–2 张' })
  @IsOptional()
  @IsArray({ message: '请拍下签收单' })
  @ArrayMinSize(1, { message: '请拍下签收单' })
  @ArrayMaxSize(2, { message: '签收单照片最多 2 张' })
  @IsString({ each: true, message: '照片编号不正确' })
  @Matches(ID, { each: true, message: '照片编号不正确' })
  uploadIds?: string[];

  @ApiPropertyOptional({ description: 'signature：签收人姓名' })
  @IsOptional()
  @IsString({ message: '请填写签收人姓名' })
  @Matches(/^[\u3400-\u9fff·]{2,20}$/u, { message: '签收人姓名请填写汉字' })
  receiverName?: string;

  @ApiPropertyOptional({ description: 'signature：签收人与委托人的关系（本人、配偶、子女……）' })
  @IsOptional()
  @IsString({ message: '请填写签收人与委托人的关系' })
  @MaxLength(10, { message: '关系最多 10 个字' })
  relation?: string;
}

/** The DTO as one of the two kinds, or a refusal naming what is missing. */
export function parseHandover(dto: HandoverDto): HandoverRequest {
  if (dto.method === 'code') {
    if (!dto.code) throw missing('code', '请填写委托人收到的验证码');
    return { method: 'code', code: dto.code };
  }
  if (!dto.uploadIds?.length) throw missing('uploadIds', '请拍下签收单');
  if (!dto.receiverName) throw missing('receiverName', '请填写签收人姓名');
  if (!dto.relation?.trim()) throw missing('relation', '请填写签收人与委托人的关系');
  return { method: 'signature', uploadIds: dto.uploadIds, receiverName: dto.receiverName, relation: dto.relation };
}

const missing = (field: string, message: string) => new AppError('VALIDATION_FAILED', message, [{ field, message }]);
