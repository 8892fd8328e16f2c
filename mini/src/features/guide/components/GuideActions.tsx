import { Text, View } from '@tarojs/components';
import type { MatterGuide } from '@zsb/contracts';
import { comingSoon } from '../../../components/comingSoon';
import { go } from '../../../navigate';

/** 在线办理 (a later issue wires it to apply) / 预约办理: the nearest centers that handle this matter. */
export function GuideActions({ guide }: { guide: MatterGuide }) {
  return (
    <View className='guide-actions'>
      {!guide.mobileReady && <Text className='guide-actions__why'>这个事项暂时不能在手机上全程办理，可以预约后到窗口办</Text>}
      <View className='guide-actions__row'>
        <View
          className={`btn guide-actions__btn e2e-apply ${guide.mobileReady ? 'btn--primary' : 'btn--disabled'}`}
          ariaRole='button'
          ariaLabel={guide.mobileReady ? '在线办理' : '在线办理，暂不可用'}
          aria-disabled={guide.mobileReady ? 'false' : 'true'}
          onClick={() => guide.mobileReady && comingSoon('在线办理')}
        >
          在线办理
        </View>
        <View
          className={`btn guide-actions__btn e2e-book ${guide.mobileReady ? '' : 'btn--primary'}`}
          ariaRole='button'
          onClick={() => go('centers', { matterCode: guide.code, matterName: guide.name })}
        >
          预约办理
        </View>
      </View>
    </View>
  );
}
