import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { Toggle } from '@/components/Toggle';
import { useElderMode } from '@/hooks/useElderMode';
import { useStore } from '@/stores/createStore';
import { setElderMode } from '@/stores/elder';
import { sessionStore } from '@/stores/session';
import { AccountCard } from './AccountCard';
import { type Entry, EntryRow } from './EntryRow';
import { StaffEntry } from './StaffEntry';
import './index.css';

const LICENCE_ENTRIES = [
  { route: 'licences', title: '电子证照', hint: '查看证照，出示亮证码', hook: 'e2e-mine-licences' },
  { route: 'licenceUses', title: '用证记录', hint: '谁查看、核验、使用了您的证照', hook: 'e2e-mine-licence-uses' },
  {
    route: 'licenceConsents',
    title: '授权管理',
    hint: '办事调取证照的授权，可随时撤回',
    hook: 'e2e-mine-licence-consents',
  },
  {
    route: 'licenceVerify',
    title: '扫码核验',
    hint: '核验别人出示的亮证码（窗口、村代办员用）',
    hook: 'e2e-mine-licence-verify',
  },
] satisfies Entry[];

const APPLY_ENTRIES = [
  {
    route: 'applications',
    title: '我的办件',
    hint: '在线办理的进度、补正和没填完的草稿',
    hook: 'e2e-mine-applications',
  },
  { route: 'messages', title: '消息通知', hint: '办件每一步的进度、预约候补的消息', hook: 'e2e-mine-messages' },
  {
    route: 'progressQuery',
    title: '办件进度查询',
    hint: '用办件编号和查询码查，不用登录',
    hook: 'e2e-mine-progress-query',
  },
] satisfies Entry[];

const REVIEWS_ENTRY: Entry = {
  route: 'reviews',
  title: '我的评价',
  hint: '给办过的事评价，看不满意的整改进度',
  hook: 'e2e-mine-reviews',
};

const FEEDBACK_ENTRY: Entry = {
  route: 'feedbackList',
  title: '我的反映',
  hint: '办不成的事、咨询的问题，看办理进度和答复',
  hook: 'e2e-mine-feedback',
};

const MANDATES_ENTRY: Entry = {
  route: 'mandates',
  title: '委托代办',
  hint: '请家里人或帮办代办员替您办事，或替别人办',
  hook: 'e2e-mine-mandates',
};

const ABOUT_DATA_ENTRY: Entry = {
  route: 'aboutData',
  title: '关于数据',
  hint: '办事指南和办事点从哪里来，“示例”是什么意思',
  hook: 'e2e-mine-about-data',
};

const BOOKINGS_ENTRY: Entry = {
  route: 'bookings',
  title: '我的预约',
  hint: '到窗口办事的预约、签到码和候补',
  hook: 'e2e-mine-bookings',
};

export default function MinePage() {
  const elder = useElderMode();
  const signedIn = useStore(sessionStore) !== null;
  return (
    <PageShell>
      <AccountCard />

      <View className="section">
        <View className="mine-row">
          <View className="mine-row__label">
            <Text className="mine-row__title">长辈模式</Text>
            <Text className="muted">字更大、按钮更大、颜色更清楚</Text>
          </View>
          <Toggle className="e2e-elder-switch" label="长辈模式" on={elder} onChange={setElderMode} />
        </View>
      </View>

      <StaffEntry />

      <View className="section">
        {APPLY_ENTRIES.map((e) => (
          <EntryRow key={e.route} entry={e} />
        ))}
        <EntryRow entry={BOOKINGS_ENTRY} />
        <EntryRow entry={REVIEWS_ENTRY} />
        <EntryRow entry={FEEDBACK_ENTRY} />
        {signedIn && <EntryRow entry={MANDATES_ENTRY} />}
      </View>

      <View className="section">
        {LICENCE_ENTRIES.map((e) => (
          <EntryRow key={e.route} entry={e} />
        ))}
      </View>

      <View className="section">
        <EntryRow entry={ABOUT_DATA_ENTRY} />
      </View>

      <View className="section">
        <View
          className="mine-row mine-row--link"
          ariaRole="button"
          ariaLabel="拨打 12345 政务服务便民热线"
          onClick={() => void Taro.makePhoneCall({ phoneNumber: '12345' }).catch(() => undefined)}
        >
          <View className="mine-row__label">
            <Text className="mine-row__title">12345 便民热线</Text>
            <Text className="muted">办事遇到问题，打电话问一问</Text>
          </View>
          <Text className="mine-row__action">拨打</Text>
        </View>
      </View>

      <View className="mine-foot">
        <Text className="muted">掌上办 · 河南省政务服务</Text>
      </View>
    </PageShell>
  );
}
