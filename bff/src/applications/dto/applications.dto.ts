import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type {
  ApplicationRequest,
  Delivery,
  DraftInput,
  MaterialAnswer,
  SupplementAnswer,
  ThemeApplicationRequest,
} from '@zsb/contracts';
import { MATTER_CODE_PATTERN } from '@zsb/domain';
import { IsBoolean, IsDefined, IsObject, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { z } from 'zod';
import { AppError } from '../../common/errors';
import { IsQueryToken } from '../../common/validation';

const KEY = /^[A-Za-z][A-Za-z0-9]{0,39}$/;
const ID = /^[A-Za-z0-9_-]{8,64}$/;

// Values and materials are maps keyed by the form: their keys depend on the matter, so class-validator only
// checks they are objects and zod checks their shape; the service then checks them against the form.
const valuesSchema = z
  .record(z.string().regex(KEY, '字段名不正确'), z.string().max(2000, '内容太长了'))
  .refine((v) => Object.keys(v).length <= 60, '字段太多了');
const materialSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('licence'), licenceId: z.string().regex(ID, '证照编号不正确') }).strict(),
  z
    .object({
      kind: z.literal('upload'),
      uploadIds: z.array(z.string().regex(ID, '附件编号不正确')).max(10, '附件太多了'),
    })
    .strict(),
]);
const materialsSchema = z
  .record(z.string().regex(/^[ms]\d{1,3}$/, '材料编号不正确'), materialSchema)
  .refine((v) => Object.keys(v).length <= 60, '材料太多了');
const deliverySchema = z
  .object({
    method: z.enum(['window', 'mail'], '领取方式只能是窗口领取或邮寄'),
    address: z
      .object(
        {
          recipient: z.string('请填写收件人姓名').max(40, '收件人姓名太长了'),
          phone: z.string('请填写收件人电话').max(20, '收件人电话太长了'),
          region: z.string('请选择所在地区').max(100, '所在地区太长了'),
          detail: z.string('请填写详细地址').max(200, '详细地址太长了'),
        },
        '邮寄地址格式不正确',
      )
      .strict()
      .optional(),
  })
  .strict()
  .nullable();

export function parseInputParts(
  input: { values?: unknown; materials?: unknown; delivery?: unknown },
  need: { delivery: boolean },
): { values: Record<string, string>; materials: Record<string, MaterialAnswer>; delivery: Delivery | null } {
  const problems: { field: string; message: string }[] = [];
  const take = <T>(name: string, schema: z.ZodType<T>, value: unknown): T | undefined => {
    const r = schema.safeParse(value);
    if (r.success) return r.data;
    // zod's own messages (a schema without one) are English: those become "<part> 的内容不正确".
    for (const i of r.error.issues.slice(0, 5))
      problems.push({
        field: [name, ...i.path.map(String)].join('.').slice(0, 100),
        message: /[\u4e00-\u9fa5]/.test(i.message) ? i.message : `${name} 的内容不正确`,
      });
    return undefined;
  };
  const values = take('values', valuesSchema, input.values ?? {});
  const materials = take('materials', materialsSchema, input.materials ?? {});
  const delivery = need.delivery ? take('delivery', deliverySchema, input.delivery ?? null) : null;
  if (problems.length || !values || !materials || delivery === undefined)
    throw new AppError('VALIDATION_FAILED', problems[0]?.message ?? '请求的内容不正确', problems);
  return { values, materials, delivery: delivery as Delivery | null };
}

export class MatterCodeParams {
  @ApiProperty({ example: '410500-010101-001' })
  @IsQueryToken('事项编码', MATTER_CODE_PATTERN, '410500-010203-001')
  code: string;
}

export class IdParams {
  @ApiProperty()
  @IsQueryToken('编号', ID, 'b1c2…（8–64 位字母数字）')
  id: string;
}

class InputDto {
  @ApiProperty({ example: '410500-010101-001' })
  @IsDefined({ message: '请填写事项编码' })
  @IsString({ message: '事项编码格式不正确' })
  @Matches(MATTER_CODE_PATTERN, { message: '事项编码格式不正确，应类似 410500-010203-001' })
  matterCode: string;

  @ApiProperty({ example: { reason: '社保卡丢失，申请补办' }, description: '表单字段（锁定的身份字段不用传）' })
  @IsObject({ message: '表单内容格式不正确' })
  values: Record<string, string>;

  @ApiProperty({ example: { m1: { kind: 'licence', licenceId: '…' }, m2: { kind: 'upload', uploadIds: ['…'] } } })
  @IsObject({ message: '材料格式不正确' })
  materials: Record<string, MaterialAnswer>;

  @ApiPropertyOptional({
    example: {
      method: 'mail',
      address: { recipient: '张三', phone: '13800000001', region: '河南省安阳市林州市', detail: '任村镇某村 1 号' },
    },
    nullable: true,
  })
  @IsOptional()
  @IsObject({ message: '领取方式格式不正确' })
  delivery: Delivery | null;
}

export class DraftDto extends InputDto implements DraftInput {
  @ApiPropertyOptional({ example: 'materials', description: '填到哪一步，回来时从这里继续' })
  @IsOptional()
  @IsString({ message: '步骤名不正确' })
  @MaxLength(20, { message: '步骤名不正确' })
  @Matches(/^[a-z-]{1,20}$/, { message: '步骤名不正确' })
  step?: string;
}

export class ApplicationDto extends InputDto implements ApplicationRequest {
  @ApiPropertyOptional({ description: '来自哪份草稿（提交后删除）' })
  @IsOptional()
  @IsString({ message: '草稿编号不正确' })
  @Matches(ID, { message: '草稿编号不正确' })
  draftId?: string;

  @ApiPropertyOptional({ description: '同意接收办件进度消息（微信订阅消息 / 支付宝模板消息）' })
  @IsOptional()
  @IsBoolean({ message: 'notify 只能是 true 或 false' })
  notify?: boolean;
}

export class SupplementDto implements SupplementAnswer {
  @ApiPropertyOptional({ description: '要求补正的字段' })
  @IsOptional()
  @IsObject({ message: '补正的字段格式不正确' })
  values?: Record<string, string>;

  @ApiPropertyOptional({ description: '要求补正的材料' })
  @IsOptional()
  @IsObject({ message: '补正的材料格式不正确' })
  materials?: Record<string, MaterialAnswer>;
}

export class ProgressQuery {
  @ApiProperty({ example: 'HN41050020261201000001' })
  @IsDefined({ message: '请填写办件编号' })
  @IsString({ message: '办件编号只能填写一次' })
  @Matches(/^[A-Z0-9]{8,40}$/, { message: '办件编号格式不正确（字母和数字，见申请成功页或短信）' })
  number: string;

  @ApiProperty({ example: '123456' })
  @IsDefined({ message: '请填写查询码' })
  @IsString({ message: '查询码只能填写一次' })
  @Matches(/^\d{4,16}$/, { message: '查询码应为数字' })
  code: string;
}

export class ThemeApplicationDto implements ThemeApplicationRequest {
  @ApiProperty({ example: 'T01' })
  @IsDefined({ message: '请选择“一件事”主题' })
  @IsString({ message: '主题编号不正确' })
  @Matches(/^[A-Za-z0-9_-]{1,32}$/, { message: '主题编号不正确' })
  themeId: string;

  @ApiProperty({ description: '合并表单的字段' })
  @IsObject({ message: '表单内容格式不正确' })
  values: Record<string, string>;

  @ApiProperty({ description: '合并表单的材料（s1、s2 …，一份材料供多个事项使用）' })
  @IsObject({ message: '材料格式不正确' })
  materials: Record<string, MaterialAnswer>;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsObject({ message: '领取方式格式不正确' })
  delivery: Delivery | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean({ message: 'notify 只能是 true 或 false' })
  notify?: boolean;
}
