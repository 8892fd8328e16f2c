import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { ResponseMeta } from '../api/client';
import { useElderMode } from '../hooks/useElderMode';
import { useOnline } from '../hooks/useOnline';
import { staleNotice } from '../lib/format';
import { actingEndedStore } from '../stores/acting';
import { useStore } from '../stores/createStore';
import { ActingBanner, useActing } from './ActingBanner';
import { BackBar } from './BackBar';
import './PageShell.css';

interface Props {
  children: ReactNode;
  /** Meta of the answer the page shows; a stale one gets the calm snapshot banner. */
  meta?: ResponseMeta | null;
  className?: string;
}

/**
 * The root of every page: carries the theme class (`elder`), the network/snapshot notices and, while a helper acts
 * for someone (帮办代办), the banner that says for whom.
 */
export function PageShell({ children, meta, className }: Props) {
  const elder = useElderMode();
  const online = useOnline();
  const acting = useActing();
  const actingEnded = useStore(actingEndedStore);
  const classes = ['zs-root', 'e2e-root', elder ? 'elder' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <View className={classes}>
      {acting || actingEnded ? (
        <View className="shell-top">
          <BackBar />
          <ActingBanner />
        </View>
      ) : (
        <BackBar />
      )}
      {!online && (
        <View className="notice notice--offline e2e-offline" ariaRole="alert">
          <Text>手机没有连上网络，页面内容可能不是最新；联网后请点“重新加载”</Text>
        </View>
      )}
      {meta?.stale && (
        <View className="notice notice--stale e2e-stale">
          <Text>{staleNotice(meta.syncedAt)}</Text>
        </View>
      )}
      {children}
    </View>
  );
}
