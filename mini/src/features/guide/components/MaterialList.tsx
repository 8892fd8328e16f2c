import { Text, View } from '@tarojs/components';
import type { GuideMaterial } from '@zsb/contracts';
import { formatLicenceReplacement, formatMaterialForm } from '@/lib/format';
import { GuideSection } from './GuideSection';

/** 申请材料, each with the e-licence that can stand in for the paper. */
export function MaterialList({
  materials,
  title = '申请材料',
  sample,
}: {
  materials: GuideMaterial[];
  title?: string;
  sample?: boolean;
}) {
  const replaceable = materials.filter((m) => m.licenceType).length;
  return (
    <GuideSection title={title} sample={sample} className="e2e-materials">
      {replaceable > 0 && (
        <Text className="muted material-tip">其中 {replaceable} 项可以用电子证照代替，不用带纸质材料</Text>
      )}
      {materials.length === 0 && <Text className="muted">不需要提交材料</Text>}
      {materials.map((m, i) => {
        const licence = formatLicenceReplacement(m);
        return (
          <View key={`${m.name}-${i}`} className="material e2e-material-item">
            <View className="material__head">
              <Text className="material__name">
                {i + 1}. {m.name}
              </Text>
              <Text className={`badge ${m.required ? 'badge--warn' : ''}`}>{m.required ? '必交' : '视情况'}</Text>
            </View>
            <Text className="material__form">{formatMaterialForm(m)}</Text>
            {m.note ? <Text className="material__note">{m.note}</Text> : null}
            {licence ? <Text className="material__licence e2e-material-licence">{licence}</Text> : null}
          </View>
        );
      })}
    </GuideSection>
  );
}
