import { useEffect, useRef, useState } from 'react';
import Taro from '@tarojs/taro';
import { Map, Text, View } from '@tarojs/components';
import type { CenterQuery, CenterSummary } from '@zsb/contracts';
import { centersApi } from '@/api/centers';
import { asApiError, type ApiError } from '@/api/errors';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { go } from '@/navigate';
import { usePlace } from '../hooks/usePlace';
import { bboxOf, type MapRegion } from '../lib/mapRegion';
import { markerIconPath } from '../lib/markerIcon';
import { placeKey, placeQuery } from '../lib/place';
import { AreaPicker } from './AreaPicker';
import { CenterCard } from './CenterCard';
import { PlaceBar } from './PlaceBar';

const MAP_ID = 'center-map';
// A bbox answer is cut at this many points (then `truncated`): zoom in to see the rest.
const LIMIT = 100;

/** WeChat and Alipay: the platform map with a marker per center; moving the map asks for the visible rectangle. */
export function CenterMap() {
  const { state, relocate, choose, change, cancelChange } = usePlace();
  const [items, setItems] = useState<CenterSummary[]>([]);
  const [truncated, setTruncated] = useState(false);
  const [centre, setCentre] = useState<{ lat: number; lng: number } | null>(null);
  const [selected, setSelected] = useState<number | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const [mapBroken, setMapBroken] = useState(false);
  const [icon, setIcon] = useState('');
  const seq = useRef(0);

  useEffect(() => {
    void markerIconPath().then(setIcon);
  }, []);

  const load = async (query: CenterQuery): Promise<CenterSummary[] | null> => {
    const mine = ++seq.current;
    try {
      const res = await centersApi.list({ ...query, limit: LIMIT });
      if (mine !== seq.current) return null;
      setItems(res.data.items);
      setTruncated(res.data.truncated);
      setSelected(null);
      setError(null);
      return res.data.items;
    } catch (err) {
      if (mine === seq.current) setError(asApiError(err));
      return null;
    }
  };

  const place = state.status === 'ready' ? state.place : null;
  useEffect(() => {
    if (!place) return;
    // First view: around the resident, or around the nearest center of the chosen county/township.
    if (place.kind === 'here') setCentre({ lat: place.lat, lng: place.lng });
    void load(placeQuery(place)).then((found) => {
      if (place.kind === 'area' && found?.[0]) setCentre(found[0].gcj02);
    });
  }, [place ? placeKey(place) : '']);

  const onRegionChange = (e: { type?: string; detail?: { type?: string } }) => {
    if ((e.detail?.type ?? e.type) !== 'end') return;
    Taro.createMapContext(MAP_ID).getRegion({
      success: (region: MapRegion) => void load({ bbox: bboxOf(region) }),
    });
  };

  const chosen = selected !== null ? items[selected] : undefined;
  return (
    <>
      <View className="section ctr-head">
        <PlaceBar place={state.place} locating={state.status === 'locating'} onChange={change} />
        <View className="section__more" ariaRole="link" onClick={() => go('centers', {})}>
          <Text>按距离看列表 ›</Text>
        </View>
      </View>

      {state.status === 'locating' && <Skeleton rows={3} />}
      {state.status === 'choose' && (
        <AreaPicker
          why={state.why}
          current={state.place}
          onChoose={choose}
          onRelocate={relocate}
          onCancel={state.place ? cancelChange : undefined}
        />
      )}
      {state.status === 'ready' && centre && !mapBroken && (
        <Map
          id={MAP_ID}
          className="ctr-map"
          latitude={centre.lat}
          longitude={centre.lng}
          scale={13}
          showLocation={state.place.kind === 'here'}
          markers={items.map((c, i) => ({
            id: i,
            latitude: c.gcj02.lat,
            longitude: c.gcj02.lng,
            iconPath: icon,
            width: 24,
            height: 32,
            title: c.name,
          }))}
          onMarkerTap={(e) => setSelected(Number(e.detail.markerId))}
          onRegionChange={onRegionChange}
          onError={() => setMapBroken(true)}
        />
      )}
      {mapBroken && (
        <View className="ctr-locating">
          <Text>地图没能打开，请点上面的“按距离看列表”</Text>
        </View>
      )}
      {error && <ErrorState error={error} onRetry={() => place && void load(placeQuery(place))} />}
      {state.status === 'ready' && !error && !chosen && (
        <View className="ctr-locating">
          <Text>{`地图上有 ${items.length} 个办事点${truncated ? '（太多了，放大地图看全）' : ''}，点标记看详情`}</Text>
        </View>
      )}
      {chosen && <CenterCard center={chosen} matter={null} nowMs={Date.now()} />}
    </>
  );
}
