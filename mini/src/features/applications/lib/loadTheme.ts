import type { MailAddress, ThemeForm } from '@zsb/contracts';
import { applicationsApi } from '@/api/applications';
import { ensureSession } from '@/api/auth';
import type { ApiResult } from '@/api/client';
import { ApiError, asApiError } from '@/api/errors';
import { lastAddress } from '@/stores/applyDrafts';
import { readThemeDraft, rememberedThemeForm, rememberThemeForm, type ThemeDraft } from '@/stores/themeDrafts';
import { materialHelpers, networkCodes, type MaterialHelpers } from './loadApply';
import { startingThemeDraft } from './themeForm';

export interface ThemeContext extends MaterialHelpers {
  form: ThemeForm;
  draft: ThemeDraft;
  /** The copy on this phone was picked up again. */
  resumed: boolean;
  /** The form is the copy remembered on the phone: the network is down. */
  offline: boolean;
  lastAddress: MailAddress | null;
}

/** 一件事一次办: the combined form, the material helpers and this phone's copy. Works from the phone when offline. */
export async function loadTheme(themeId: string): Promise<ApiResult<ThemeContext>> {
  // 实名 is checked by the server (the form answers IDENTITY_REQUIRED).
  const session = await ensureSession().catch(() => null);
  if (!session) throw new ApiError('AUTH_REQUIRED', '一次申请要先登录', 401, '');

  let form: ThemeForm;
  let meta: ApiResult<unknown>['meta'] = { requestId: '', stale: false, syncedAt: null };
  let offline = false;
  try {
    const res = await applicationsApi.themeForm(themeId);
    form = res.data;
    meta = res.meta;
    rememberThemeForm(form);
  } catch (err) {
    const e = asApiError(err);
    const remembered = rememberedThemeForm(themeId);
    if (!networkCodes.has(e.code) || !remembered) throw e;
    form = remembered;
    offline = true;
  }

  const helpers = offline ? { licences: {}, consents: [] } : await materialHelpers();
  const { draft, resumed } = startingThemeDraft({
    form,
    residentId: session.resident.id,
    local: readThemeDraft(themeId, session.resident.id),
    ...helpers,
    offline,
    now: new Date().toISOString(),
  });
  return {
    data: { form, ...helpers, draft, resumed, offline, lastAddress: lastAddress(session.resident.id) },
    meta,
  };
}
