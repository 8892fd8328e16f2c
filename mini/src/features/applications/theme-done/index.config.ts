import { routes } from '@/routes';

export default definePageConfig({
  navigationBarTitleText: routes.themeDone.title,
});
