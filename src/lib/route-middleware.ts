import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCatalog } from './content/catalog';

/** Every page build checks the whole content first, so a broken reference fails the build. */
export const onRequest = defineRouteMiddleware(async () => {
  await getCatalog();
});
