import { Text, View } from '@tarojs/components';
import { actingEndedStore, actingStore, endActing } from '../stores/acting';
import { useStore } from '../stores/createStore';
import { sessionStore } from '../stores/session';
import './ActingBanner.css';

/** Whether the signed-in helper is acting for someone now (the banner, and pages that change while acting). */
export function useActing() {
  const acting = useStore(actingStore);
  const residentId = useStore(sessionStore)?.resident.id;
  return acting && acting.helperId === residentId ? acting : null;
}

/**
 * 帮办代办: while a helper acts for someone every page says so, with 结束代办 always at hand; when the 委托 ended by
 * itself (revoked, ran out) the reason stays until read.
 */
export function ActingBanner() {
  const acting = useActing();
  const ended = useStore(actingEndedStore);
  if (acting) {
    return (
      <View className="acting e2e-acting-banner" ariaRole="status">
        <Text className="acting__text">
          正在为 <Text className="acting__name e2e-acting-name">{acting.principalName}</Text> 代办
        </Text>
        <View className="acting__end e2e-acting-end" ariaRole="button" onClick={() => endActing()}>
          结束代办
        </View>
      </View>
    );
  }
  if (!ended) return null;
  return (
    <View className="acting acting--ended e2e-acting-ended" ariaRole="alert">
      <Text className="acting__text">{ended}</Text>
      <View className="acting__end e2e-acting-ended-ok" ariaRole="button" onClick={() => actingEndedStore.set(null)}>
        知道了
      </View>
    </View>
  );
}
