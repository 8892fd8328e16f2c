import { ApiProperty } from '@nestjs/swagger';
import type { Upload, UploadKind } from '@zsb/contracts';
import { IsQueryToken } from '../../common/validation';

export class UploadIdParams {
  @ApiProperty({ description: '附件编号' })
  @IsQueryToken('附件编号', /^[A-Za-z0-9_-]{16,64}$/, 'Xk3pQ9…（上传时返回的 id）')
  id: string;
}

/** The multipart body, for the OpenAPI page only (the file is read as a stream, not validated as JSON). */
export class UploadFileDto {
  @ApiProperty({
    type: 'string',
    format: 'binary',
    description: '一个文件：JPG、PNG、WebP 照片（≤ 10 MB）或 PDF（≤ 20 MB）',
  })
  file: unknown;
}

export class UploadAnswerDto implements Upload {
  @ApiProperty() id: string;
  @ApiProperty({ enum: ['image', 'pdf'], description: '按内容识别，不看文件名' }) kind: UploadKind;
  @ApiProperty({
    example: '户口本首页.jpg',
    description: '清理后的文件名：无路径、无控制字符、≤ 80 字，扩展名与内容一致',
  })
  name: string;
  @ApiProperty({ description: '保存的字节数（照片为重新编码后的大小）' }) size: number;
  @ApiProperty({ nullable: true, type: Number }) width: number | null;
  @ApiProperty({ nullable: true, type: Number }) height: number | null;
  @ApiProperty({ example: '2026-11-29T10:00:00+08:00' }) createdAt: string;
}
