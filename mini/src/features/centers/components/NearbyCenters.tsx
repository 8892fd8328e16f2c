import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { CenterKind } from '@zsb/contracts';
import { Skeleton } from '@/components/Skeleton';
import { useElderMode } from '@/hooks/useElderMode';
import { usePlace } from '../hooks/usePlace';
import { AreaPicker } from './AreaPicker';
import { CenterFilters } from './CenterFilters';
import { CenterResults } from './CenterResults';
import { PlaceBar } from './PlaceBar';

interface Props {
  matter: { code: string; name?: string } | null;
}

/** Place, filters and the nearest centers: the list page's body, and the map page's on H5. */
export function NearbyCenters({ matter }: Props) {
  const { state, relocate, choose, change, cancelChange } = usePlace();
  const [kind, setKind] = useState<CenterKind | null>(null);
  const [openNowChosen, setOpenNow] = useState(false);
  const elder = useElderMode();
  const openNow = openNowChosen && !elder;

  return (
    <>
      <View className="section ctr-head">
        <PlaceBar place={state.place} locating={state.status === 'locating'} onChange={change} />
        {/* Filters only once there is a list to filter: while choosing a place they pushed the township
            choices below the fold in 长辈模式. */}
        {state.status === 'ready' && (
          <CenterFilters
            kind={kind}
            openNow={openNow}
            bookingOnly={matter !== null}
            showOpenNow={!elder}
            onKind={setKind}
            onOpenNow={setOpenNow}
          />
        )}
      </View>

      {state.status === 'locating' && (
        <>
          <View className="ctr-locating">
            <Text>正在获取您的位置，用来找最近的办事点…</Text>
          </View>
          <Skeleton rows={3} />
        </>
      )}
      {state.status === 'choose' && (
        <AreaPicker
          why={state.why}
          current={state.place}
          onChoose={choose}
          onRelocate={relocate}
          onCancel={state.place ? cancelChange : undefined}
        />
      )}
      {state.status === 'ready' && (
        <CenterResults
          place={state.place}
          kind={kind}
          openNow={openNow}
          matter={matter}
          onChangePlace={change}
          onClearFilters={() => {
            setKind(null);
            setOpenNow(false);
          }}
        />
      )}
    </>
  );
}
