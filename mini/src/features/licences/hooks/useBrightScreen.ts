import { useEffect, useState } from 'react';
import { useDidHide, useDidShow } from '@tarojs/taro';
import { brightenScreen, restoreScreen } from '../screen';

/** Screen at full brightness and kept on while `active` and the page is in front; restored otherwise. */
export function useBrightScreen(active: boolean): void {
  const [inFront, setInFront] = useState(true);
  useDidShow(() => setInFront(true));
  useDidHide(() => setInFront(false));
  const on = active && inFront;
  useEffect(() => {
    if (!on) return undefined;
    void brightenScreen();
    return () => {
      void restoreScreen();
    };
  }, [on]);
}
