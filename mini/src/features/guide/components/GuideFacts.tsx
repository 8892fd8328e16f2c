import { Text, View } from '@tarojs/components';
import type { MatterGuide } from '@zsb/contracts';
import { explainWorkingDays, formatFee, formatPromise, formatVisits, formatWorkingDays } from '@/lib/format';
import { GuideSection } from './GuideSection';

function Fact({ label, value, note }: { label: string; value: string; note?: string | null }) {
  return (
    <View className="fact">
      <Text className="fact__label">{label}</Text>
      <View className="fact__body">
        <Text className="fact__value">{value}</Text>
        {note ? <Text className="fact__note">{note}</Text> : null}
      </View>
    </View>
  );
}

/** The numbers a resident plans around: how long, how much, how many trips. */
export function GuideFacts({ guide, sample }: { guide: MatterGuide; sample: (field: string) => boolean }) {
  return (
    <GuideSection
      title="办理时间和费用"
      className="e2e-guide-facts"
      sample={['legalDays', 'promisedDays', 'fee', 'maxVisits'].some(sample)}
    >
      <Fact label="多久办好" value={formatPromise(guide.promiseType, guide.promisedDays)} />
      <Fact
        label="法定时限"
        value={formatWorkingDays(guide.legalDays)}
        note={explainWorkingDays(guide.legalDays, guide.promisedDays)}
      />
      <Fact label="收费" value={formatFee(guide.fee)} />
      <Fact label="跑动次数" value={formatVisits(guide.maxVisits)} />
    </GuideSection>
  );
}
