import type { PropsWithChildren } from 'react';
import { useLaunch } from '@tarojs/taro';
import { completeSignInReturn } from './api/h5Return';
import { watchNetwork } from './stores/network';
import './app.css';

function App({ children }: PropsWithChildren) {
  useLaunch(() => {
    watchNetwork();
    void completeSignInReturn();
  });
  // children is the page being shown
  return children;
}

export default App;
