import { Text, View } from '@tarojs/components';
import { clockOf } from '@/lib/when';
import type { SaveState } from '../hooks/useDraftSaver';

/**
 * Whether the server has the draft, in one line above the buttons (always in view while typing). A save the
 * network lost says that nothing is lost — the phone keeps it — and offers 重试; it also goes again by itself once
 * the network is back. A save the server refused says why (not "the network"), and goes again with the next edit.
 */
export function SaveNote({ save, onRetry }: { save: SaveState; onRetry: () => void }) {
  // The server answered and refused (a 4xx): the network is fine, the content is not; retrying as is cannot help.
  const refused = save.status === 'failed' && save.error?.status != null && save.error.status < 500;
  if (refused) {
    return (
      <View className="ap-save ap-save--failed e2e-save-refused" ariaRole="alert">
        <Text className="ap-save__text">草稿没有保存：{save.error?.message}。填的内容还在手机上，改好后会自动保存</Text>
      </View>
    );
  }
  if (save.status === 'failed') {
    return (
      <View className="ap-save ap-save--failed e2e-save-failed" ariaRole="alert">
        <Text className="ap-save__text">
          草稿没能保存到服务器（{save.error?.message ?? '网络不太好'}）。填的内容已存在手机上，不会丢，联网后自动保存
        </Text>
        <View className="ap-save__retry e2e-save-retry" ariaRole="button" onClick={onRetry}>
          重试
        </View>
      </View>
    );
  }
  if (save.status === 'saving') {
    return (
      <View className="ap-save e2e-save-saving">
        <Text className="ap-save__text">正在保存草稿…</Text>
      </View>
    );
  }
  if (save.status === 'saved' && save.savedAt) {
    return (
      <View className="ap-save e2e-save-ok">
        <Text className="ap-save__text">草稿已保存 {clockOf(save.savedAt)}，30 天内换手机也能接着填</Text>
      </View>
    );
  }
  return null;
}
