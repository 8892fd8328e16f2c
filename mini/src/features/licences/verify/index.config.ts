import { routes } from '@/routes';

export default definePageConfig({
  navigationBarTitleText: routes.licenceVerify.title,
});
