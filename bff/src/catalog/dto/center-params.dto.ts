import { ApiProperty } from '@nestjs/swagger';
import { IsQueryToken } from '../../common/validation';

/** A center's id in the catalog (C410502001): the service map's /centers/:id and bookings' slots and requests. */
export const CENTER_ID = /^[A-Z][A-Z0-9-]{2,31}$/;

export class CenterIdParams {
  @ApiProperty({ example: 'C410502001' })
  @IsQueryToken('服务中心编号', CENTER_ID, 'C410502001')
  id: string;
}
