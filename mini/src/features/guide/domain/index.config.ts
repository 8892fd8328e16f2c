import { routes } from '@/routes';

export default definePageConfig({
  navigationBarTitleText: routes.domain.title,
  onReachBottomDistance: 200,
});
