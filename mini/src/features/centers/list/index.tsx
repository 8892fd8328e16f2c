import { useEffect } from 'react';
import Taro from '@tarojs/taro';
import { Text, View } from '@tarojs/components';
import { PageShell } from '@/components/PageShell';
import { MapLink } from '../components/MapLink';
import { NearbyCenters } from '../components/NearbyCenters';
import '../centers.css';
import { useRouteParams } from '@/hooks/useRouteParams';

/**
 * 附近办事点. With a matter (from a guide's 预约办理) it is the booking flow's "choose a center" step: only centers
 * that handle the matter, each with its next free slot.
 */
export default function CentersPage() {
  const { matterCode: code = '', matterName: name = '' } = useRouteParams('centers');
  const matter = code ? { code, name: name || undefined } : null;

  useEffect(() => {
    if (matter) void Taro.setNavigationBarTitle({ title: '选择办事点' }).catch(() => undefined);
  }, [code]);

  return (
    <PageShell className="ctr-page">
      <View className="section ctr-intro">
        {matter ? (
          <>
            <Text className="section__title">在哪里办</Text>
            <Text className="ctr-intro__text e2e-book-matter">预约办理：{matter.name ?? matter.code}</Text>
            <Text className="ctr-intro__text muted">下面是能办这件事的办事点，离您近的在前面</Text>
          </>
        ) : (
          <>
            <Text className="section__title">附近办事点</Text>
            <Text className="ctr-intro__text muted">便民服务中心、村（社区）便民服务站、政银通办网点和自助终端</Text>
            <MapLink />
          </>
        )}
      </View>
      <NearbyCenters matter={matter} />
    </PageShell>
  );
}
