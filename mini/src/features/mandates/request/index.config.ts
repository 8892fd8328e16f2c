import { routes } from '@/routes';

export default definePageConfig({
  navigationBarTitleText: routes.mandateRequest.title,
});
