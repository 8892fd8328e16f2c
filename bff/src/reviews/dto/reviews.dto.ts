import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  BadReason,
  ReviewAnswerRequest,
  ReviewLevel,
  ReviewRequest,
  ReviewRevision,
  ReviewSubjectRef,
  StaffReviewAction,
} from '@zsb/contracts';
import { IsArray, IsBoolean, IsDefined, IsInt, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';
import { z } from 'zod';
import { CENTER_ID } from '../../catalog/dto/center-params.dto';
import { AppError } from '../../common/errors';
import { IsQueryToken } from '../../common/validation';

const ID = /^[A-Za-z0-9_-]{8,64}$/;

export class ReviewIdParams {
  @ApiProperty({ description: '评价编号' })
  @IsQueryToken('评价编号', ID, 'Xk3f…')
  id: string;
}

// class-validator checks the outline; zod the nested shapes (subject, the indicator map, reasons, photo ids);
// the service then checks the rating against its channel's indicator set in the resident's words.
const subjectSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('application'), id: z.string().regex(ID, '办件编号不正确') }).strict(),
  z.object({ kind: z.literal('visit'), id: z.string().regex(ID, '预约编号不正确') }).strict(),
  z.object({ kind: z.literal('window'), centerId: z.string().regex(CENTER_ID, '服务中心编号不正确') }).strict(),
]);
const ratingSchema = z.object({
  indicators: z
    .record(z.string().regex(/^[a-z_]{1,20}$/, '评价指标不正确'), z.number().int())
    .refine((v) => Object.keys(v).length <= 10, '评价指标太多了'),
  reasons: z.array(z.string().max(30)).max(10, '原因太多了'),
  photos: z.array(z.string().regex(ID, '照片编号不正确')).max(10, '照片太多了'),
});

function parse<T>(schema: z.ZodType<T>, value: unknown): T {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const problems = r.error.issues.slice(0, 5).map((i) => ({
    field: i.path.map(String).join('.').slice(0, 100) || 'body',
    message: /[\u4e00-\u9fa5]/.test(i.message) ? i.message : '评价的内容不正确，请刷新后重新评价',
  }));
  throw new AppError('VALIDATION_FAILED', problems[0].message, problems);
}

export class ReviewRevisionDto implements ReviewRevision {
  @ApiProperty({ enum: [1, 2, 3, 4, 5], description: '5 非常满意 … 1 非常不满意' })
  @IsDefined({ message: '请选择您对这次服务的满意程度' })
  @IsInt({ message: '请选择您对这次服务的满意程度' })
  level: ReviewLevel;

  @ApiProperty({ example: { overall: 5, efficiency: 5, service: 5, attitude: 5 } })
  @IsDefined({ message: '请为每一项选择满意程度' })
  @IsObject({ message: '评价指标格式不正确' })
  indicators: Record<string, ReviewLevel>;

  @ApiProperty({ example: [], description: '不满意/非常不满意时至少一项' })
  @IsDefined({ message: '请选择不满意的原因' })
  @IsArray({ message: '不满意的原因格式不正确' })
  reasons: BadReason[];

  @ApiProperty({ example: '' })
  @IsDefined({ message: '评价内容格式不正确' })
  @IsString({ message: '评价内容格式不正确' })
  @MaxLength(2000, { message: '评价内容最多 500 个字' })
  content: string;

  @ApiProperty({ example: [], description: '上传的照片编号，最多 3 张' })
  @IsDefined({ message: '照片格式不正确' })
  @IsArray({ message: '照片格式不正确' })
  photos: string[];
}

export class ReviewDto extends ReviewRevisionDto implements ReviewRequest {
  @ApiProperty({ example: { kind: 'application', id: 'Xk3f…' } })
  @IsDefined({ message: '请选择要评价的服务' })
  @IsObject({ message: '要评价的服务格式不正确' })
  subject: ReviewSubjectRef;
}

export function parseRevision(dto: ReviewRevisionDto): ReviewRevision {
  const r = parse(ratingSchema, { indicators: dto.indicators, reasons: dto.reasons, photos: dto.photos });
  return {
    level: dto.level,
    indicators: r.indicators as Record<string, ReviewLevel>,
    reasons: r.reasons as BadReason[],
    content: dto.content,
    photos: r.photos,
  };
}

export function parseReview(dto: ReviewDto): ReviewRequest {
  return { subject: parse(subjectSchema, dto.subject), ...parseRevision(dto) };
}

export class ReviewAnswerDto implements ReviewAnswerRequest {
  @ApiProperty({ description: '对整改结果是否满意' })
  @IsDefined({ message: '请选择满意或不满意' })
  @IsBoolean({ message: '请选择满意或不满意' })
  satisfied: boolean;

  @ApiProperty({ example: '' })
  @IsDefined({ message: '补充说明格式不正确' })
  @IsString({ message: '补充说明格式不正确' })
  @MaxLength(500, { message: '补充说明最多 500 个字' })
  note: string;
}

const actionSchema = z.discriminatedUnion('action', [
  z.object({ action: z.enum(['verify', 'rectify', 'claim_unrectifiable']), note: z.string() }).strict(),
  z
    .object({
      action: z.literal('follow_up'),
      note: z.string(),
      satisfied: z.boolean('请选择群众是否满意'),
      method: z.enum(['phone', 'message', 'visit'], '请选择回访方式'),
    })
    .strict(),
  z
    .object({
      action: z.literal('appeal'),
      note: z.string(),
      ground: z.enum(['mistaken', 'malicious'], '请选择申诉理由'),
    })
    .strict(),
]);

const FOLLOW_UP_METHOD = { phone: '电话', message: '短信', visit: '上门' } as const;

export class StaffReviewActionDto {
  @ApiProperty({ enum: ['verify', 'rectify', 'follow_up', 'appeal', 'claim_unrectifiable'] })
  @IsDefined({ message: '请选择要办理的步骤' })
  @IsString({ message: '请选择要办理的步骤' })
  action: StaffReviewAction['action'];

  @ApiProperty({ description: '核实情况 / 整改内容 / 回访记录 / 申诉理由 / 无法整改的原因' })
  @IsDefined({ message: '请填写办理说明' })
  @IsString({ message: '请填写办理说明' })
  @MaxLength(1000, { message: '办理说明最多 1000 个字' })
  note: string;

  @ApiPropertyOptional({ description: '回访：群众是否满意' })
  @IsOptional()
  satisfied?: boolean;

  @ApiPropertyOptional({ enum: ['phone', 'message', 'visit'] })
  @IsOptional()
  method?: string;

  @ApiPropertyOptional({ enum: ['mistaken', 'malicious'], description: '申诉：误评 / 恶意评价' })
  @IsOptional()
  ground?: string;
}

export function parseAction(dto: StaffReviewActionDto): StaffReviewAction {
  const given = Object.fromEntries(Object.entries(dto).filter(([, v]) => v !== undefined));
  const action = parse(actionSchema, given) as StaffReviewAction;
  // A 回访 may be recorded without words: the method and the answer say it.
  if (action.action === 'follow_up' && action.note.trim().length === 0)
    return {
      ...action,
      note: `${FOLLOW_UP_METHOD[action.method]}回访，群众表示${action.satisfied ? '满意' : '不满意'}`,
    };
  if (action.note.trim().length === 0)
    throw new AppError('VALIDATION_FAILED', '请填写办理说明', [{ field: 'note', message: '请填写办理说明' }]);
  return action;
}
