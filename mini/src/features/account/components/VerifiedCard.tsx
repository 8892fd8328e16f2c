import { Text, View } from '@tarojs/components';
import type { ResidentProfile } from '@zsb/contracts';
import { back } from '@/navigate';
import { MaskedRows } from './MaskedRows';

/** ✓ 实名认证成功 (just now), or the identity a resident already verified, masked. */
export function VerifiedCard({ resident, justNow }: { resident: ResidentProfile; justNow: boolean }) {
  return (
    <View className="id-done e2e-id-done" ariaRole="alert">
      <Text className="id-done__verdict">{justNow ? '✓ 实名认证成功' : '✓ 您已完成实名认证'}</Text>
      <MaskedRows
        rows={[
          { label: '姓名', value: resident.nameMasked, hook: 'e2e-id-done-name' },
          { label: '身份证号', value: resident.idNumberMasked },
          { label: '手机号', value: resident.phoneMasked },
        ]}
      />
      <Text className="id-text">查电子证照、预约窗口、网上申请都不用再填身份信息了。</Text>
      <View className="btn btn--primary account-submit e2e-id-finish" ariaRole="button" onClick={back}>
        完成
      </View>
    </View>
  );
}
