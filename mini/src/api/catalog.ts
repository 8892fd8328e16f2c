import type {
  DomainList,
  HotMatters,
  MatterGuide,
  MatterPage,
  MatterQuery,
  ThemeDetail,
  ThemeList,
} from '@zsb/contracts';
import { get } from './client';

export const catalogApi = {
  searchMatters: (query: MatterQuery) => get<MatterPage>('/matters', { ...query }),
  // Matter codes and theme ids are path segments: encode them so a stray character cannot change the path.
  guide: (code: string) => get<MatterGuide>(`/matters/${encodeURIComponent(code)}`),
  hotMatters: () => get<HotMatters>('/matters/hot'),
  domains: () => get<DomainList>('/domains'),
  themes: () => get<ThemeList>('/themes'),
  theme: (id: string) => get<ThemeDetail>(`/themes/${encodeURIComponent(id)}`),
};
