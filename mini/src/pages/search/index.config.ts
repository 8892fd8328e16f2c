import { routes } from '@/routes';

export default definePageConfig({
  navigationBarTitleText: routes.search.title,
  onReachBottomDistance: 200,
});
