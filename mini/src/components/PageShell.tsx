import type { ReactNode } from 'react';
import { Text, View } from '@tarojs/components';
import type { ResponseMeta } from '../api/client';
import { useElderMode } from '../hooks/useElderMode';
import { useOnline } from '../hooks/useOnline';
import { staleNotice } from '../lib/format';
import { BackBar } from './BackBar';
import './PageShell.css';

interface Props {
  children: ReactNode;
  /** Meta of the answer the page shows; a stale one gets the calm snapshot banner. */
  meta?: ResponseMeta | null;
  className?: string;
}

/** The root of every page: carries the theme class (`elder`) and the network/snapshot notices. */
export function PageShell({ children, meta, className }: Props) {
  const elder = useElderMode();
  const online = useOnline();
  const classes = ['zs-root', 'e2e-root', elder ? 'elder' : '', className ?? ''].filter(Boolean).join(' ');
  return (
    <View className={classes}>
      <BackBar />
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
