import type { ApplicationDraft, ApplicationForm, LicenceSummary, MailAddress } from '@zsb/contracts';
import { applicationsApi } from '@/api/applications';
import { ensureSession } from '@/api/auth';
import type { ApiResult } from '@/api/client';
import { ApiError, asApiError } from '@/api/errors';
import { licencesApi } from '@/api/licences';
import { activeConsentKeys } from '@/lib/applicationForm';
import { randomId } from '@/lib/randomId';
import { currentActing, draftOwner } from '@/stores/acting';
import { lastAddress, readLocalDraft, rememberedForm, rememberForm, type LocalDraft } from '@/stores/applyDrafts';
import { startingDraft } from './startDraft';

export interface ApplyContext extends MaterialHelpers {
  form: ApplicationForm;
  draft: LocalDraft;
  /** Where the draft came from: this phone, the server (another phone), or a new start. */
  resumedFrom: 'phone' | 'server' | null;
  /** The form is the copy remembered on the phone: the network is down. */
  offline: boolean;
  /** The mail address of this resident's last application on this phone, offered again (一表申请: typed once). */
  lastAddress: MailAddress | null;
}

/** Errors that mean "no network": the phone's copy of the form is used instead. */
export const networkCodes = new Set(['NETWORK_OFFLINE', 'NETWORK_FAILED', 'TIMEOUT']);

/** The form, the material helpers and the draft to go on from. Works from the phone's copies when offline. */
export async function loadApply(matterCode: string, draftId: string | undefined): Promise<ApiResult<ApplyContext>> {
  // 实名 is checked by the server (the form answers IDENTITY_REQUIRED): the stored profile may be out of date.
  const session = await ensureSession().catch(() => null);
  if (!session) throw new ApiError('AUTH_REQUIRED', '在线办理要先登录', 401, '');

  let form: ApplicationForm;
  let meta: ApiResult<unknown>['meta'] = { requestId: '', stale: false, syncedAt: null };
  let offline = false;
  try {
    const res = await applicationsApi.form(matterCode);
    form = res.data;
    meta = res.meta;
    rememberForm(form);
  } catch (err) {
    const e = asApiError(err);
    const remembered = rememberedForm(matterCode);
    if (!networkCodes.has(e.code) || !remembered) throw e;
    form = remembered;
    offline = true;
  }

  const id = draftId || randomId('d');
  const owner = draftOwner(session.resident.id);
  const [helpers, server] = await Promise.all([
    // 帮办代办: the principal's licences cannot be listed by a helper (GET /licences is the signed-in resident's
    // own), so materials are uploaded as photos while acting.
    offline || currentActing() ? NO_HELPERS : materialHelpers(),
    draftId && !offline
      ? applicationsApi
          .draft(draftId)
          .then((r): ApplicationDraft => r.data)
          .catch(() => null)
      : null,
  ]);

  const { draft, from } = startingDraft({
    id,
    residentId: owner,
    form,
    local: draftId ? readLocalDraft(draftId) : null,
    server,
    now: new Date().toISOString(),
  });
  return {
    data: {
      form,
      ...helpers,
      draft,
      resumedFrom: from,
      offline,
      lastAddress: lastAddress(owner),
    },
    meta,
  };
}

export interface MaterialHelpers {
  /** Valid licences, by type code: the ones a material can use. */
  licences: Record<string, LicenceSummary>;
  /** 授权用证 given before and in force, as consentKey(typeCode, matterCode). */
  consents: string[];
}

const NO_HELPERS: MaterialHelpers = { licences: {}, consents: [] };

/**
 * The resident's valid licences and consents, for the materials step. Either may fail without stopping the form:
 * the materials are then uploaded as photos.
 */
export async function materialHelpers(): Promise<MaterialHelpers> {
  const [licences, consents] = await Promise.all([
    licencesApi
      .list()
      .then((r) => r.data.items)
      .catch(() => null),
    licencesApi
      .consents()
      .then((r) => r.data.items)
      .catch(() => null),
  ]);
  const byType: Record<string, LicenceSummary> = {};
  for (const l of licences ?? []) if (l.status === 'valid' && !byType[l.typeCode]) byType[l.typeCode] = l;
  return { licences: byType, consents: activeConsentKeys(consents ?? []) };
}
