import { MATTER_CODE_PATTERN } from '@zsb/domain';
import { createSandbox, type Sandbox } from './server';
import type { Center, Envelope, Page, Task, TaskBrief, Theme } from './wire';

let sandbox: Sandbox;

async function get<T>(path: string): Promise<{ status: number; body: Envelope<T> }> {
  const res = await fetch(`${sandbox.url}${path}`);
  return { status: res.status, body: (await res.json()) as Envelope<T> };
}

async function post<T>(path: string, body: unknown): Promise<{ status: number; body: Envelope<T> }> {
  const res = await fetch(`${sandbox.url}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json()) as Envelope<T> };
}

beforeAll(async () => {
  sandbox = await createSandbox({ port: 0 });
});
afterAll(() => sandbox.close());

describe('sandbox catalog contract', () => {
  it('listens on a random free port when asked for port 0', () => {
    expect(sandbox.port).toBeGreaterThan(0);
    expect(sandbox.url).toBe(`http://127.0.0.1:${sandbox.port}`);
  });

  it('answers the catalog version in the platform envelope', async () => {
    const { status, body } = await get<{ version: string; updated_at: string; task_total: number }>(
      '/platform/catalog/version',
    );
    expect(status).toBe(200);
    expect(body.code).toBe('200');
    expect(body.msg).toBe('success');
    expect(body.data?.task_total).toBe(411);
    expect(body.data?.updated_at).toMatch(/\+08:00$/);
  });

  it('pages through all tasks in task_code order', async () => {
    const seen: TaskBrief[] = [];
    for (let pageNo = 1; pageNo <= 3; pageNo++) {
      const { body } = await get<Page<TaskBrief>>(`/platform/catalog/tasks?page_no=${pageNo}&page_size=200`);
      expect(body.data?.page_no).toBe(pageNo);
      expect(body.data?.page_size).toBe(200);
      expect(body.data?.total).toBe(411);
      seen.push(...(body.data?.rows ?? []));
    }
    expect(seen).toHaveLength(411);
    expect(Object.keys(seen[0]).sort()).toEqual(['task_code', 'task_name', 'updated_at']);
    const codes = seen.map((r) => r.task_code);
    expect(codes).toEqual([...codes].sort());
    expect(new Set(codes).size).toBe(411);
    const beyond = await get<Page<TaskBrief>>('/platform/catalog/tasks?page_no=4&page_size=200');
    expect(beyond.body.data?.rows).toEqual([]);
  });

  it('defaults to 100 tasks on page 1', async () => {
    const { body } = await get<Page<TaskBrief>>('/platform/catalog/tasks');
    expect(body.data?.page_no).toBe(1);
    expect(body.data?.rows).toHaveLength(100);
  });

  it.each(['page_size=500', 'page_size=0', 'page_no=0', 'page_no=abc', 'page_size=1.5'])(
    'refuses %s with a 400 envelope',
    async (query) => {
      const { status, body } = await get<null>(`/platform/catalog/tasks?${query}`);
      expect(status).toBe(400);
      expect(body.code).toBe('400');
      expect(body.data).toBeNull();
    },
  );

  it('answers the full guide of a task', async () => {
    const list = await get<Page<TaskBrief>>('/platform/catalog/tasks?page_size=1');
    const code = list.body.data!.rows[0].task_code;
    const { status, body } = await get<Task>(`/platform/catalog/tasks/${code}`);
    expect(status).toBe(200);
    expect(body.data?.task_code).toBe(code);
    expect(body.data?.task_code).toMatch(MATTER_CODE_PATTERN);
    expect(body.data?.materials.length).toBeGreaterThan(0);
    expect(['1', '2', '3', '4']).toContain(body.data?.online_depth);
  });

  it('answers 404 in the envelope for an unknown task and an unknown route', async () => {
    const task = await get<null>('/platform/catalog/tasks/410500-999999-999');
    expect(task.status).toBe(404);
    expect(task.body).toEqual({ code: '404', msg: expect.any(String), data: null });
    const route = await get<null>('/platform/nothing-here');
    expect(route.status).toBe(404);
    expect(route.body.code).toBe('404');
  });

  it('answers the themes and pages the centers', async () => {
    const themes = await get<{ version: string; rows: Theme[] }>('/platform/catalog/themes');
    expect(themes.body.data?.rows.length).toBeGreaterThanOrEqual(6);
    const first = await get<Page<Center>>('/platform/centers?page_no=1&page_size=200');
    expect(first.body.data?.rows).toHaveLength(200);
    const total = first.body.data!.total;
    const last = await get<Page<Center>>(`/platform/centers?page_no=${Math.ceil(total / 200)}&page_size=200`);
    expect(last.body.data?.rows.length).toBe(total - 200 * (Math.ceil(total / 200) - 1));
    const refused = await get<null>('/platform/centers?page_size=201');
    expect(refused.status).toBe(400);
  });

  it('marks touched tasks changed with a new updated_at and a new catalog version', async () => {
    const before = await get<{ version: string; updated_at: string }>('/platform/catalog/version');
    const list = await get<Page<TaskBrief>>('/platform/catalog/tasks?page_size=3');
    const [a, b, untouched] = list.body.data!.rows;

    const touch = await post<{ version: string; updated_at: string; touched: number }>('/__sandbox/catalog/touch', {
      task_codes: [a.task_code, b.task_code],
    });
    expect(touch.status).toBe(200);
    expect(touch.body.data?.touched).toBe(2);

    const after = await get<{ version: string; updated_at: string }>('/platform/catalog/version');
    expect(after.body.data?.version).not.toBe(before.body.data?.version);
    expect(after.body.data!.updated_at > before.body.data!.updated_at).toBe(true);
    const rows = (await get<Page<TaskBrief>>('/platform/catalog/tasks?page_size=3')).body.data!.rows;
    expect(rows[0].updated_at).toBe(after.body.data?.updated_at);
    expect(rows[1].updated_at).toBe(after.body.data?.updated_at);
    expect(rows[2].updated_at).toBe(untouched.updated_at);
    expect((await get<Task>(`/platform/catalog/tasks/${a.task_code}`)).body.data?.updated_at).toBe(
      after.body.data?.updated_at,
    );

    const again = await post<{ version: string }>('/__sandbox/catalog/touch', { task_codes: [a.task_code] });
    expect(again.body.data?.version).not.toBe(after.body.data?.version);
  });

  it('refuses to touch unknown codes or a malformed body, and changes nothing', async () => {
    const before = (await get<{ version: string }>('/platform/catalog/version')).body.data?.version;
    const unknown = await post<null>('/__sandbox/catalog/touch', { task_codes: ['410500-999999-999'] });
    expect(unknown.status).toBe(404);
    const malformed = await post<null>('/__sandbox/catalog/touch', { task_codes: 'x' });
    expect(malformed.status).toBe(400);
    expect((await get<{ version: string }>('/platform/catalog/version')).body.data?.version).toBe(before);
  });

  it('keeps each sandbox’s touches to itself', async () => {
    const other = await createSandbox();
    try {
      const code = (await get<Page<TaskBrief>>('/platform/catalog/tasks?page_size=1')).body.data!.rows[0].task_code;
      await post('/__sandbox/catalog/touch', { task_codes: [code] });
      const mine = (await get<{ version: string }>('/platform/catalog/version')).body.data?.version;
      const res = await fetch(`${other.url}/platform/catalog/version`);
      const theirs = ((await res.json()) as Envelope<{ version: string }>).data?.version;
      expect(theirs).not.toBe(mine);
    } finally {
      await other.close();
    }
  });
});
