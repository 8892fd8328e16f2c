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
  // WeChat injects only the components a page really uses; miniprogram-ci's quality check asks for it.
  lazyCodeLoading: 'requiredComponents',
  // Guide pages are what a resident opens next from every tab; from 我的 it is often the licence wallet.
  preloadRule: {
    [routes.home.path]: { network: 'all', packages: ['guide'] },
    [routes.search.path]: { network: 'all', packages: ['guide'] },
    [routes.mine.path]: { network: 'all', packages: ['licences'] },
  },
});
