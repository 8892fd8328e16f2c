import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import type { GuideField, MatterGuide } from '@zsb/contracts';
import { AskLinks } from './AskLinks';
import { GuideSection, TextList } from './GuideSection';

function Phone({ label, number }: { label: string; number: string }) {
  return (
    <View
      className="phone e2e-phone"
      ariaRole="button"
      ariaLabel={`拨打${label} ${number}`}
      onClick={() => void Taro.makePhoneCall({ phoneNumber: number }).catch(() => undefined)}
    >
      <View className="phone__text">
        <Text className="phone__label">{label}</Text>
        <Text className="phone__number">{number}</Text>
      </View>
      <Text className="phone__action">拨打</Text>
    </View>
  );
}

/** 办理地点 and the phones, each number one tap from a call. */
export function ContactList({ guide, sample }: { guide: MatterGuide; sample: (field: GuideField) => boolean }) {
  return (
    <GuideSection
      title="去哪里办，问谁"
      className="e2e-contacts"
      sample={sample('locations') || sample('consultPhone') || sample('complaintPhone')}
    >
      <Text className="contact__sub">办理地点</Text>
      <TextList items={guide.locations} empty="暂未公布办理地点，请拨打 12345 咨询" />
      <View className="contact__phones">
        {guide.consultPhone && <Phone label="咨询电话" number={guide.consultPhone} />}
        {guide.complaintPhone && <Phone label="监督投诉电话" number={guide.complaintPhone} />}
        <Phone label="政务服务便民热线" number="12345" />
      </View>
      <AskLinks matterCode={guide.code} />
    </GuideSection>
  );
}
