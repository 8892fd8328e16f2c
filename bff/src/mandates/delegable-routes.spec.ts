import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { isDelegableRoute } from '@zsb/domain';
import { DELEGABLE } from '../common/acting';

// The app sends X-Acting-For only where @zsb/domain says a helper may go; the BFF lets it through only on routes
// marked @Delegable. If the two lists part, a helper's page either breaks (header refused) or silently acts as the
// helper themself (header not sent): so every route of every controller is checked against both.
const SRC = join(__dirname, '..');

function controllerFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? controllerFiles(join(dir, e.name)) : e.name.endsWith('.controller.ts') ? [join(dir, e.name)] : [],
  );
}

interface Route {
  method: string;
  path: string;
  delegable: boolean;
  where: string;
}

async function routes(): Promise<Route[]> {
  const out: Route[] = [];
  for (const file of controllerFiles(SRC)) {
    const exported = (await import(file)) as Record<string, unknown>;
    for (const value of Object.values(exported)) {
      if (typeof value !== 'function') continue;
      const base = Reflect.getMetadata(PATH_METADATA, value) as string | undefined;
      if (base === undefined) continue;
      const proto = (value as { prototype: Record<string, unknown> }).prototype;
      for (const name of Object.getOwnPropertyNames(proto)) {
        const handler = proto[name];
        if (typeof handler !== 'function' || name === 'constructor') continue;
        const sub = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
        if (sub === undefined || method === undefined) continue;
        const path = `/${[base, sub].filter((p) => p && p !== '/').join('/')}`.replace(/:[A-Za-z]+/g, 'x1');
        out.push({
          method: RequestMethod[method],
          path,
          delegable: Reflect.getMetadata(DELEGABLE, handler) !== undefined,
          where: `${relative(SRC, file)} ${name}`,
        });
      }
    }
  }
  return out;
}

it('lets a helper reach exactly the routes the app sends the acting header to', async () => {
  const all = await routes();
  expect(all.length).toBeGreaterThan(40);
  const mismatched = all.filter((r) => r.delegable !== isDelegableRoute(r.method, r.path));
  expect(mismatched).toEqual([]);
  // Opening another route to helpers is a decision about what they may see or do: change this with it.
  expect(all.filter((r) => r.delegable).length).toBe(24);
});
