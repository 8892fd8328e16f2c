import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '../../components/PageShell';
import { Toggle } from '../../components/Toggle';
import { useElderMode } from '../../hooks/useElderMode';
import { setElderMode } from '../../stores/elder';
import { comingSoon } from '../../components/comingSoon';
import { AccountCard } from './AccountCard';
import './index.css';

// Entries later issues fill in; listed now so residents see what is coming and nothing looks broken.
const SOON = ['我的办件', '我的预约', '电子证照', '我的评价'];

export default function MinePage() {
  const elder = useElderMode();
  return (
    <PageShell>
      <AccountCard />

      <View className='section'>
        <View className='mine-row'>
          <View className='mine-row__label'>
            <Text className='mine-row__title'>长辈模式</Text>
            <Text className='muted'>字更大、按钮更大、颜色更清楚</Text>
          </View>
          <Toggle className='e2e-elder-switch' label='长辈模式' on={elder} onChange={setElderMode} />
        </View>
      </View>

      <View className='section'>
        {SOON.map((name) => (
          <View key={name} className='mine-row mine-row--link' ariaRole='button' onClick={() => comingSoon(name)}>
            <Text className='mine-row__title'>{name}</Text>
            <Text className='muted'>即将开通 ›</Text>
          </View>
        ))}
      </View>

      <View className='section'>
        <View
          className='mine-row mine-row--link'
          ariaRole='button'
          ariaLabel='拨打 12345 政务服务便民热线'
          onClick={() => void Taro.makePhoneCall({ phoneNumber: '12345' }).catch(() => undefined)}
        >
          <View className='mine-row__label'>
            <Text className='mine-row__title'>12345 便民热线</Text>
            <Text className='muted'>办事遇到问题，打电话问一问</Text>
          </View>
          <Text className='mine-row__action'>拨打</Text>
        </View>
      </View>

      <View className='mine-foot'>
        <Text className='muted'>掌上办 · 河南省政务服务</Text>
      </View>
    </PageShell>
  );
}
