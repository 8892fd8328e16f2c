import type { ApplicationDraft, ApplicationForm } from '@zsb/contracts';
import { fitToForm, initialDelivery, isStep } from '@/lib/applicationForm';
import type { LocalDraft } from '@/stores/applyDrafts';

/**
 * Which copy of a draft to go on from. The phone's copy wins when it holds changes the server never got (typed
 * offline); otherwise the server's, which may be newer (filled in on another phone); else whichever exists.
 * Whatever is chosen is fitted to the current form, so a draft of an older form version keeps what still fits.
 */
export function startingDraft(args: {
  id: string;
  residentId: string;
  form: ApplicationForm;
  local: LocalDraft | null;
  server: ApplicationDraft | null;
  now: string;
}): { draft: LocalDraft; from: 'phone' | 'server' | null } {
  const { id, residentId, form, local, server, now } = args;
  const mine = local && local.residentId === residentId && local.matterCode === form.matterCode ? local : null;
  const fromServer = server && server.matterCode === form.matterCode ? server : null;
  const base = { id, residentId, matterCode: form.matterCode, matterName: form.matterName };

  if (mine && (mine.dirty || !fromServer)) {
    const fitted = fitToForm(form, mine);
    return { draft: { ...mine, ...base, ...fitted, step: isStep(mine.step) ? mine.step : 'form' }, from: 'phone' };
  }
  if (fromServer) {
    const fitted = fitToForm(form, fromServer);
    return {
      draft: {
        ...base,
        ...fitted,
        delivery: fitted.delivery ?? initialDelivery(form),
        step: isStep(fromServer.step) ? fromServer.step : 'form',
        uploads: mine?.uploads ?? {},
        changedAt: fromServer.updatedAt,
        dirty: false,
        attempt: mine?.attempt ?? null,
      },
      from: 'server',
    };
  }
  return {
    draft: {
      ...base,
      values: {},
      materials: {},
      delivery: initialDelivery(form),
      step: 'form',
      uploads: {},
      changedAt: now,
      dirty: false,
      attempt: null,
    },
    from: null,
  };
}
