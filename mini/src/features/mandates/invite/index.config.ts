import { routes } from '@/routes';

export default definePageConfig({
  navigationBarTitleText: routes.mandateInvite.title,
});
