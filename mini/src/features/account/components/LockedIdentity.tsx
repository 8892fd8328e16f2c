import { Text, View } from '@tarojs/components';
import type { ResidentProfile } from '@zsb/contracts';
import { LockIcon } from '@/components/LockIcon';
import { MaskedRows } from './MaskedRows';

type SignInIdentity = NonNullable<ResidentProfile['signInIdentity']>;

/** Name and ID number the provincial identity service verified at the H5 sign-in: shown masked, not typed again. */
export function LockedIdentity({ identity }: { identity: SignInIdentity }) {
  return (
    <View className="id-locked e2e-id-locked">
      <MaskedRows
        rows={[
          { label: '姓名', value: identity.nameMasked, hook: 'e2e-id-locked-name' },
          { label: '身份证号', value: identity.idNumberMasked, hook: 'e2e-id-locked-number' },
        ]}
      />
      <View className="id-locked__note">
        <LockIcon />
        <Text>来自河南政务服务网统一身份认证，不用再填</Text>
      </View>
    </View>
  );
}
