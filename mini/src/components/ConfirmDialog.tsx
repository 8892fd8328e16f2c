import { Text, View } from '@tarojs/components';
import './ConfirmDialog.css';

interface Props {
  title: string;
  content: string;
  confirmText: string;
  cancelText: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** e2e hook: `<hook>` on the dialog, `<hook>-confirm` and `<hook>-cancel` on its buttons. */
  hook: string;
  /** The confirm button undoes something (撤销): drawn in red. */
  danger?: boolean;
}

/**
 * A question asked before something that cannot be undone, drawn in the page (not the platform's small modal), so
 * 长辈模式 makes its words and its two full-width buttons as large as the rest of the page.
 */
export function ConfirmDialog({ title, content, confirmText, cancelText, onConfirm, onCancel, hook, danger }: Props) {
  return (
    <View className="dialog-mask" catchMove>
      <View className={`dialog ${hook}`} ariaRole="dialog" ariaLabel={title}>
        <Text className="dialog__title">{title}</Text>
        <Text className="dialog__text">{content}</Text>
        <View
          className={`btn btn--primary dialog__btn ${danger ? 'dialog__btn--danger' : ''} ${hook}-confirm`}
          ariaRole="button"
          onClick={onConfirm}
        >
          {confirmText}
        </View>
        <View className={`btn dialog__btn ${hook}-cancel`} ariaRole="button" onClick={onCancel}>
          {cancelText}
        </View>
      </View>
    </View>
  );
}
