import { routes } from '@/routes';

export default definePageConfig({
  navigationBarTitleText: routes.staffIdentityCheck.title,
});
