import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { centersApi } from '@/api/centers';
import { Skeleton } from '@/components/Skeleton';
import { ErrorState } from '@/components/StateView';
import { useQuery } from '@/hooks/useQuery';
import type { Place } from '../lib/place';

interface Props {
  /** Why the resident is choosing: no position, or they asked to change the place. */
  why: string;
  current: Place | null;
  onChoose: (place: Place) => void;
  onRelocate: () => void;
  /** Present when a place is already known: go back to it without choosing. */
  onCancel?: () => void;
}

/** 选择县区和乡镇: the way to a center list when the phone's position is refused or unavailable. */
export function AreaPicker({ why, current, onChoose, onRelocate, onCancel }: Props) {
  const { state, reload } = useQuery('center-areas', () => centersApi.areas());
  const [county, setCounty] = useState<string | null>(current?.kind === 'area' ? current.county : null);
  const townships = state.status === 'ok' ? (state.data.items.find((a) => a.county === county)?.townships ?? []) : [];

  return (
    <View className="section ctr-area e2e-location-fallback">
      <Text className="ctr-area__why">{why}</Text>
      <View className="ctr-area__links">
        <View className="section__more e2e-relocate" ariaRole="button" onClick={onRelocate}>
          <Text>重新获取位置</Text>
        </View>
        {onCancel && (
          <View className="section__more" ariaRole="button" onClick={onCancel}>
            <Text>不换了</Text>
          </View>
        )}
      </View>

      {state.status === 'loading' && <Skeleton rows={2} />}
      {state.status === 'error' && <ErrorState error={state.error} onRetry={reload} />}
      {state.status === 'ok' && (
        <>
          <Text className="ctr-area__step">1. 选择县（市、区）</Text>
          <View className="ctr-chips">
            {state.data.items.map((a) => (
              <View
                key={a.county}
                className={`chip e2e-area-county ${a.county === county ? 'chip--on' : ''}`}
                ariaRole="radio"
                aria-checked={a.county === county ? 'true' : 'false'}
                onClick={() => setCounty(a.county)}
              >
                {a.county}
              </View>
            ))}
          </View>
          {county !== null && (
            <>
              <Text className="ctr-area__step">2. 选择乡镇（街道）</Text>
              <View className="ctr-chips">
                <View
                  className="chip e2e-area-township"
                  ariaRole="button"
                  onClick={() => onChoose({ kind: 'area', county, township: null })}
                >
                  全{county.slice(-1)}都看
                </View>
                {townships.map((t) => (
                  <View
                    key={t}
                    className={`chip e2e-area-township ${current?.kind === 'area' && current.township === t ? 'chip--on' : ''}`}
                    ariaRole="button"
                    onClick={() => onChoose({ kind: 'area', county, township: t })}
                  >
                    {t}
                  </View>
                ))}
              </View>
            </>
          )}
        </>
      )}
    </View>
  );
}
