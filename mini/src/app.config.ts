import { isTab, mainPages, routeNames, routes, subPackages } from './routes';

const tabList = routeNames.filter(isTab).map((name) => ({
  pagePath: routes[name].path,
  text: routes[name].tab,
  iconPath: `assets/tab/${name}.png`,
  selectedIconPath: `assets/tab/${name}-on.png`,
}));

export default defineAppConfig({
  pages: mainPages(),
  subPackages: subPackages(),
  window: {
    backgroundTextStyle: 'dark',
    navigationBarBackgroundColor: '#ffffff',
    navigationBarTitleText: '掌上办',
    navigationBarTextStyle: 'black',
    backgroundColor: '#f3f5f8',
  },
  tabBar: {
    color: '#4a4f57',
    selectedColor: '#1557b0',
    backgroundColor: '#ffffff',
    borderStyle: 'black',
    list: tabList,
  },
  // WeChat: getLocation (附近办事点) must be declared, with the purpose shown when the resident is asked. Only the
  // location APIs the app calls are listed; Alipay has no such keys.
  ...(process.env.TARO_ENV === 'weapp'
    ? {
        requiredPrivateInfos: ['getLocation'] as ['getLocation'],
        permission: { 'scope.userLocation': { desc: '用于查找离您最近的便民服务中心' } },
      }
    : {}),
  // H5 only: no sliding page transition. Taro 4.2's H5 router (@tarojs/router, router/page.js) runs a transition on
  // timers: a page covered by a new one is hidden 350 ms later, a page left by going back is destroyed 300 ms later
  // and only then is the page below shown again. Going back before those timers ran (the browser's back or 返回
  // tapped quickly, or two backs in a row) left the page below hidden for good — a blank page, only the tab bar — or
  // showed a stale page on top of the new one (two guides at once), because a cut-short transition never fires the
  // "destroyed" event the page below waits for. Without the animation every step is synchronous (hide, destroy,
  // show), so whatever the resident does next sees a finished page. The mini-programs animate natively.
  ...(process.env.TARO_ENV === 'h5' ? { animation: false } : {}),
  // WeChat injects only the components a page really uses; miniprogram-ci's quality check asks for it.
  lazyCodeLoading: 'requiredComponents',
  // Guide pages are what a resident opens next from every tab; from 我的 it is often the licence wallet or 我的办件.
  preloadRule: {
    [routes.home.path]: { network: 'all', packages: ['guide'] },
    [routes.search.path]: { network: 'all', packages: ['guide'] },
    [routes.mine.path]: { network: 'all', packages: ['licences', 'applications'] },
    // From a guide the next step is often 在线办理.
    [routes.guide.path]: { network: 'all', packages: ['applications'] },
    // From a theme, 一次申请.
    [routes.theme.path]: { network: 'all', packages: ['applications'] },
  },
});
