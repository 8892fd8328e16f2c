import type { PropsWithChildren } from 'react';
import { useLaunch, usePageNotFound } from '@tarojs/taro';
import { completeSignInReturn } from './api/h5Return';
import { pageNotFound } from './navigate';
import { watchNetwork } from './stores/network';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    watchNetwork();
    void completeSignInReturn();
  });
  usePageNotFound(pageNotFound);
  // children is the page being shown
  return children;
}

export default App;
