import { Text, View } from '@tarojs/components';
import type { GuideField, MatterGuide } from '@zsb/contracts';
import { explainWorkingDays, formatFee, formatPromise, formatVisits, formatWorkingDays } from '@/lib/format';
import { GuideSection } from './GuideSection';

interface FactProps {
  label: string;
  value: string;
  note?: string | null;
  /** The source did not publish this value: marked 示例 where it is shown. */
  sample?: boolean;
}

function Fact({ label, value, note, sample }: FactProps) {
  return (
    <View className="fact">
      <Text className="fact__label">{label}</Text>
      <View className="fact__body">
        <Text className="fact__value">
          {value}
          {sample && <Text className="sample-mark e2e-sample">示例</Text>}
        </Text>
        {note ? <Text className="fact__note">{note}</Text> : null}
      </View>
    </View>
  );
}

/** The numbers a resident plans around: how long, how much, how many trips. */
export function GuideFacts({ guide, sample }: { guide: MatterGuide; sample: (field: GuideField) => boolean }) {
  return (
    <GuideSection title="办理时间和费用" className="e2e-guide-facts">
      <Fact
        label="多久办好"
        value={formatPromise(guide.promiseType, guide.promisedDays)}
        sample={sample('promiseType') || sample('promisedDays')}
      />
      <Fact
        label="法定时限"
        value={formatWorkingDays(guide.legalDays)}
        note={explainWorkingDays(guide.legalDays, guide.promisedDays)}
        sample={sample('legalDays')}
      />
      <Fact label="收费" value={formatFee(guide.fee)} sample={sample('fee')} />
      <Fact label="跑动次数" value={formatVisits(guide.maxVisits)} sample={sample('maxVisits')} />
    </GuideSection>
  );
}
