import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { getCatalog } from './content/catalog';
import { compactSidebar } from './sidebar';

/**
 * Every page build checks the whole content first (loaded once, then cached), so a broken
 * reference fails the build. In a large playbook, each page's sidebar is cut down to the
 * framework being read (see compactSidebar).
 */
export const onRequest = defineRouteMiddleware(async (context) => {
  const catalog = await getCatalog();
  const route = context.locals.starlightRoute;
  route.sidebar = compactSidebar(route.sidebar, new Set(catalog.frameworks.map((f) => f.title)));
});
