import { ApiProperty } from '@nestjs/swagger';

/** The contract's error body {code, message, requestId}, for the OpenAPI page of every feature. */
export class ErrorBodyDto {
  @ApiProperty({ example: 'MATTER_NOT_FOUND' }) code: string;
  @ApiProperty({ example: '没有找到这个事项，它可能已调整或停办，请重新搜索' }) message: string;
  @ApiProperty({ example: 'b3f1c2d4-…' }) requestId: string;
}
