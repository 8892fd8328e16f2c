import type { CenterDetail } from '@zsb/contracts';
import { catalogApi } from '@/api/catalog';
import { centersApi } from '@/api/centers';
import type { ApiResult } from '@/api/client';

export interface BookingContext {
  center: CenterDetail;
  matterName: string;
  /** 申请材料 names from the guide (empty when the guide could not be read). */
  materials: { name: string }[];
}

/**
 * The center and the matter a booking page is about. The guide only adds the matter's name and materials: when
 * it cannot be read the page still works with the code, so a catalog hiccup never blocks a booking.
 */
export async function loadContext(centerId: string, matterCode: string): Promise<ApiResult<BookingContext>> {
  const [center, guide] = await Promise.all([
    centersApi.detail(centerId, matterCode),
    catalogApi.guide(matterCode).catch(() => null),
  ]);
  return {
    data: {
      center: center.data,
      matterName: guide?.data.name ?? `事项 ${matterCode}`,
      materials: guide?.data.materials ?? [],
    },
    meta: center.meta,
  };
}
