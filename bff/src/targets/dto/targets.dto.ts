import { ApiProperty } from '@nestjs/swagger';
import { IsDefined, IsString, Matches } from 'class-validator';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class StatsRangeQuery {
  @ApiProperty({ example: '2026-11-01', description: '起始日期（含）' })
  @IsDefined({ message: '请选择起始日期' })
  @IsString({ message: '起始日期只能填写一次' })
  @Matches(DATE, { message: '起始日期格式不正确，应类似 2026-11-01' })
  from: string;

  @ApiProperty({ example: '2026-11-30', description: '截止日期（含）；最多一年' })
  @IsDefined({ message: '请选择截止日期' })
  @IsString({ message: '截止日期只能填写一次' })
  @Matches(DATE, { message: '截止日期格式不正确，应类似 2026-11-30' })
  to: string;
}
