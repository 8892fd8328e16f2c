import { Text, View } from '@tarojs/components';
import type { Mandate } from '@zsb/contracts';
import { go } from '@/navigate';
import { startActing } from '@/stores/acting';
import { sessionStore } from '@/stores/session';

/**
 * 为TA办理: the helper's way into the normal pages, acting for the principal (the banner on every page says so, and
 * 结束代办 ends it). 只能查询 offers only 查看TA的办件 and 查看TA的预约.
 */
export function ActFor({ m }: { m: Mandate }) {
  const act = (then: () => void) => {
    const helperId = sessionStore.get()?.resident.id;
    if (!helperId) return;
    startActing({ mandateId: m.id, principalName: m.principalName, helperId, level: m.level, matters: m.matters });
    then();
  };
  const handle = m.level === 'handle';
  return (
    <View className="section e2e-mandate-act">
      <View className="section__head">
        <Text className="section__title">为TA办理</Text>
      </View>
      <Text className="muted md-lead">
        下面办的事都算 {m.principalName} 本人的，会记在代办记录里给TA看。办完点页面上方的“结束代办”。
      </Text>
      {handle &&
        m.matters.map((x) => (
          <View key={x.code} className="md-act e2e-mandate-act-matter">
            <Text className="md-act__name">{x.name}</Text>
            <View className="md-act__btns">
              <View
                className="btn btn--primary md-act__btn e2e-mandate-act-apply"
                ariaRole="button"
                onClick={() => act(() => go('apply', { code: x.code }))}
              >
                在线申请
              </View>
              <View
                className="btn md-act__btn e2e-mandate-act-book"
                ariaRole="button"
                onClick={() => act(() => go('centers', { matterCode: x.code, matterName: x.name }))}
              >
                预约
              </View>
            </View>
          </View>
        ))}
      <View className="md-act__all">
        <View
          className="btn md-act__btn e2e-mandate-act-applications"
          ariaRole="button"
          onClick={() => act(() => go('applications'))}
        >
          查看TA的办件
        </View>
        <View
          className="btn md-act__btn e2e-mandate-act-bookings"
          ariaRole="button"
          onClick={() => act(() => go('bookings'))}
        >
          查看TA的预约
        </View>
      </View>
    </View>
  );
}
