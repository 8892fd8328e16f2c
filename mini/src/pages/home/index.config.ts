import { routes } from '@/routes';

export default definePageConfig({
  navigationBarTitleText: routes.home.title,
  enablePullDownRefresh: true,
});
