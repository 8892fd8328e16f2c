import { Text, View } from '@tarojs/components';
import type { ResidentProfile } from '@zsb/contracts';

type SignInIdentity = NonNullable<ResidentProfile['signInIdentity']>;

/** Name and ID number the provincial identity service verified at the H5 sign-in: shown masked, not typed again. */
export function LockedIdentity({ identity }: { identity: SignInIdentity }) {
  return (
    <View className='id-locked e2e-id-locked'>
      <View className='id-locked__row'>
        <Text className='id-locked__label'>姓名</Text>
        <Text className='id-locked__value e2e-id-locked-name'>{identity.nameMasked}</Text>
      </View>
      <View className='id-locked__row'>
        <Text className='id-locked__label'>身份证号</Text>
        <Text className='id-locked__value e2e-id-locked-number'>{identity.idNumberMasked}</Text>
      </View>
      <View className='id-locked__note'>
        <View className='id-lock' />
        <Text>来自河南政务服务网统一身份认证，不用再填</Text>
      </View>
    </View>
  );
}
