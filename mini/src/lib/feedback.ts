import Taro from '@tarojs/taro';

// The one home of toasts, dialogs and the loading veil, so their wording and behaviour stay alike on every page.
// Anything an older resident must read (长辈模式 or not) goes in a dialog: a toast vanishes after 1.5 s.

/** `success` shows WeChat's tick (keep the text to 7 characters); `info` shows the text alone, up to two lines. */
export type ToastKind = 'success' | 'info';

export function toast(message: string, kind: ToastKind = 'info'): void {
  void Taro.showToast({ title: message, icon: kind === 'success' ? 'success' : 'none' });
}

export interface ConfirmOptions {
  title: string;
  content: string;
  /** Defaults to the platform's 确定 / 取消. */
  confirmText?: string;
  cancelText?: string;
}

/** A two-button dialog: true when the resident chose the confirm button. */
export async function confirm({ title, content, confirmText, cancelText }: ConfirmOptions): Promise<boolean> {
  const res = await Taro.showModal({
    title,
    content,
    ...(confirmText ? { confirmText } : {}),
    ...(cancelText ? { cancelText } : {}),
  });
  return res.confirm;
}

/** A one-button dialog, for what must be read before going on; resolves when it is closed. */
export async function notice({
  title,
  content,
  confirmText = '知道了',
}: Omit<ConfirmOptions, 'cancelText'>): Promise<void> {
  await Taro.showModal({ title, content, showCancel: false, confirmText });
}

/** A modal loading veil over the page; call the returned function to take it away. */
export function loading(title = '请稍候'): () => void {
  void Taro.showLoading({ title, mask: true });
  return () => void Taro.hideLoading();
}
