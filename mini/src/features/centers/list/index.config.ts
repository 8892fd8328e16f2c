import { routes } from '@/routes';

export default definePageConfig({
  navigationBarTitleText: routes.centers.title,
});
