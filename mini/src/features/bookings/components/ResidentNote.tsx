import { Text, View } from '@tarojs/components';
import { useStore } from '@/stores/createStore';
import { sessionStore } from '@/stores/session';
import { go } from '@/navigate';
import { useActing } from '@/components/ActingBanner';

/** A booking is always real-name: whose it will be, or the step that is missing before confirming makes sense. */
export function ResidentNote() {
  const resident = useStore(sessionStore)?.resident;
  const acting = useActing();
  if (acting) {
    return (
      <View className="section bk-note e2e-booking-resident">
        <Text className="bk-note__title">预约人：{acting.principalName}（您代办）</Text>
        <Text className="bk-note__text">
          用委托人实名认证的信息预约，请委托人本人带居民身份证按时到窗口（或您陪同前往），出示签到码。
        </Text>
      </View>
    );
  }
  if (resident?.verified) {
    return (
      <View className="section bk-note e2e-booking-resident">
        <Text className="bk-note__title">预约人：{resident.nameMasked ?? '已实名认证'}</Text>
        <Text className="bk-note__text">用您实名认证的信息预约，请本人带居民身份证按时到窗口，出示签到码。</Text>
      </View>
    );
  }
  return (
    <View className="section bk-note bk-note--warn e2e-booking-resident">
      <Text className="bk-note__title">预约要用实名信息</Text>
      <Text className="bk-note__text">
        {resident ? '您还没有实名认证，认证一次以后就能预约。' : '请先登录并实名认证，认证一次以后就能预约。'}
      </Text>
      <View
        className="btn bk-note__btn e2e-booking-identity"
        ariaRole="button"
        onClick={() => (resident ? go('identity') : go('mine'))}
      >
        {resident ? '去实名认证' : '去“我的”登录'}
      </View>
    </View>
  );
}
