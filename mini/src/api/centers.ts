import type { CenterAreas, CenterDetail, CenterList, CenterQuery } from '@zsb/contracts';
import { get } from './client';

// Center ids are path segments: encode them so a stray character cannot change the path.
const seg = encodeURIComponent;

/** 政务服务“一张图”: public, no sign-in needed to find a center or see its free slots. */
export const centersApi = {
  /** Nearest first from a point, or the centers of a county/township, or those inside a map rectangle. */
  list: (query: CenterQuery) => get<CenterList>('/centers', { ...query }),
  areas: () => get<CenterAreas>('/center-areas'),
  /** With a matter code the answer carries that matter's next free slot. */
  detail: (id: string, matterCode?: string) => get<CenterDetail>(`/centers/${seg(id)}`, { matterCode }),
};
