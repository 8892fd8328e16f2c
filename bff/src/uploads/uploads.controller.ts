import { Controller, Delete, Get, HttpCode, Param, Post, Req, Res, UseGuards } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiBearerAuth,
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNoContentResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiPayloadTooLargeResponse,
  ApiTags,
  ApiTooManyRequestsResponse,
  ApiUnauthorizedResponse,
  ApiUnsupportedMediaTypeResponse,
} from '@nestjs/swagger';
import type { Upload } from '@zsb/contracts';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { AuthGuard, CurrentResident } from '../auth/auth.guard';
import type { SignedIn } from '../auth/session.service';
import { ErrorBodyDto } from '../common/error-body.dto';
import { Delegable } from '../mandates/acting.guard';
import { RateLimit, RateLimitGuard } from '../common/rate-limit';
import { UploadAnswerDto, UploadFileDto, UploadIdParams } from './dto/uploads.dto';
import { declaredLength, multipartFile } from './multipart-file';
import { UploadsService } from './uploads.service';

@ApiTags('uploads 附件')
@ApiBearerAuth()
@ApiUnauthorizedResponse({ type: ErrorBodyDto })
@UseGuards(AuthGuard, RateLimitGuard)
@Controller('api/v1/uploads')
export class UploadsController {
  constructor(private readonly uploads: UploadsService) {}

  @Post()
  @HttpCode(201)
  @RateLimit({ name: 'upload-resident', points: 60, durationSec: 600, by: 'resident' })
  @ApiOperation({
    summary: '上传申请材料',
    description:
      '需实名。按内容识别类型（不看文件名和声明的类型）；照片转正、去掉全部元数据（含 GPS）后重新编码；PDF 不得加密、不得含脚本或附件。',
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({ type: UploadFileDto })
  @ApiCreatedResponse({ type: UploadAnswerDto })
  @ApiBadRequestResponse({ type: ErrorBodyDto, description: 'UPLOAD_MALFORMED：空文件、损坏、PDF 含脚本/附件/加密' })
  @ApiForbiddenResponse({ type: ErrorBodyDto, description: 'IDENTITY_REQUIRED' })
  @ApiPayloadTooLargeResponse({ type: ErrorBodyDto, description: 'UPLOAD_TOO_LARGE' })
  @ApiUnsupportedMediaTypeResponse({ type: ErrorBodyDto, description: 'UPLOAD_TYPE_NOT_ALLOWED（含 HEIC）' })
  @ApiTooManyRequestsResponse({ type: ErrorBodyDto })
  // A helper uploads a principal's materials as the principal's; reading files back is the principal's alone.
  @Delegable({ level: 'handle' })
  async upload(
    @CurrentResident() me: SignedIn,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Upload> {
    try {
      return await this.uploads.receive(me.residentId, {
        declaredBytes: declaredLength(request),
        open: () => multipartFile(request),
      });
    } catch (e) {
      // A refused file may still be arriving: end the connection after the answer instead of reading the rest.
      void reply.header('connection', 'close');
      throw e;
    }
  }

  @Get(':id/content')
  @ApiOperation({
    summary: '附件内容（仅本人）',
    description: '用于显示缩略图或打开 PDF；别人的附件与不存在的一样回答 404',
  })
  @ApiOkResponse({ description: 'image/jpeg、image/png 或 application/pdf' })
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'FILE_NOT_FOUND' })
  // A helper sees the photos they are putting together (not yet in an application), never the principal's others.
  @Delegable({ level: 'handle' })
  async content(
    @CurrentResident() me: SignedIn,
    @Param() params: UploadIdParams,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    if (me.actingFor) await this.uploads.requirePending(me.residentId, params.id);
    const file = await this.uploads.content(me.residentId, params.id);
    const disposition = file.contentType === 'application/pdf' ? 'attachment' : 'inline';
    void reply
      .type(file.contentType)
      .header('etag', `"${file.sha256}"`)
      .header('cache-control', 'private, max-age=300')
      .header('x-content-type-options', 'nosniff')
      // Whatever a file might hold, a browser opening this URL runs nothing of it.
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header(
        'content-disposition',
        `${disposition}; filename="${asciiFallback(file.name)}"; filename*=UTF-8''${rfc5987(file.name)}`,
      );
    return file.bytes;
  }

  @Delete(':id')
  @HttpCode(204)
  @ApiOperation({ summary: '删除还没用在申请里的附件' })
  @ApiNoContentResponse()
  @ApiNotFoundResponse({ type: ErrorBodyDto, description: 'FILE_NOT_FOUND（含已用在申请里的附件）' })
  @Delegable({ level: 'handle' })
  async remove(@CurrentResident() me: SignedIn, @Param() params: UploadIdParams): Promise<void> {
    await this.uploads.remove(me.residentId, params.id);
  }
}

// The cleaned name has no quotes or control characters; non-ASCII goes in filename* (RFC 6266, RFC 5987).
const asciiFallback = (name: string): string => name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
const rfc5987 = (name: string): string =>
  encodeURIComponent(name).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
