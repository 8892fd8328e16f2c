import { notice } from '@/lib/feedback';

export const COMING_SOON_TEXT = '该功能即将开通，可先到便民服务中心办理';

/** A modal, not a toast: a toast vanishes before an older resident has read it. */
export function comingSoon(what: string): void {
  void notice({ title: `${what}即将开通`, content: COMING_SOON_TEXT });
}
