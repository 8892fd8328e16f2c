import { routes } from '@/routes';

export default definePageConfig({
  navigationBarTitleText: routes.application.title,
});
