import { Text, View } from '@tarojs/components';
import { useStaffCenters } from '@/hooks/useStaffCenters';
import { go } from '@/navigate';

/** 工作人员: 窗口签到, 窗口核验身份 and 差评整改 and 反映和咨询, only for a resident who is window staff of a center (GET /staff/me). */
export function StaffEntry() {
  const centers = useStaffCenters();
  if (!centers || centers.length === 0) return null;
  return (
    <View className="section e2e-mine-staff">
      <View className="section__head">
        <Text className="section__title">工作人员</Text>
      </View>
      <View
        className="mine-row mine-row--link e2e-mine-staff-checkin"
        ariaRole="link"
        onClick={() => go('staffCheckIn')}
      >
        <View className="mine-row__label">
          <Text className="mine-row__title">窗口签到</Text>
          <Text className="muted">扫群众的预约签到码：{centers.map((c) => c.name).join('、')}</Text>
        </View>
        <Text className="mine-row__action">›</Text>
      </View>
      <View
        className="mine-row mine-row--link e2e-mine-staff-identity"
        ariaRole="link"
        onClick={() => go('staffIdentityCheck')}
      >
        <View className="mine-row__label">
          <Text className="mine-row__title">窗口核验身份</Text>
          <Text className="muted">核对身份证原件后，帮群众实名认证或更换预留手机号</Text>
        </View>
        <Text className="mine-row__action">›</Text>
      </View>
      <View
        className="mine-row mine-row--link e2e-mine-staff-reviews"
        ariaRole="link"
        onClick={() => go('staffReviews')}
      >
        <View className="mine-row__label">
          <Text className="mine-row__title">差评整改</Text>
          <Text className="muted">本中心收到的差评：核实、整改、回访</Text>
        </View>
        <Text className="mine-row__action">›</Text>
      </View>
      <View
        className="mine-row mine-row--link e2e-mine-staff-feedback"
        ariaRole="link"
        onClick={() => go('staffFeedback')}
      >
        <View className="mine-row__label">
          <Text className="mine-row__title">反映和咨询</Text>
          <Text className="muted">群众反映的办不成事和咨询：记录办理情况、书面答复</Text>
        </View>
        <Text className="mine-row__action">›</Text>
      </View>
    </View>
  );
}
