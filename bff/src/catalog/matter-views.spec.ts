import { MemoryKeyValueStore } from '../common/kv-store';
import { MatterViews } from './matter-views';

describe('guide views counted for 热门事项', () => {
  it('keeps the counts of a flush the store refused (Redis down) and sends them with the next one', async () => {
    const store = new MemoryKeyValueStore();
    const views = new MatterViews(store);
    const down = jest.spyOn(store, 'incrementScores').mockRejectedValueOnce(new Error('Connection is closed.'));
    views.record('410500-010203-001');
    views.record('410500-010203-001');
    await views.flush();
    views.record('410500-010203-001');
    down.mockRestore();
    expect(await views.top(5)).toEqual(new Map([['410500-010203-001', 3]]));
    await views.onApplicationShutdown();
    await store.onApplicationShutdown();
  });
});
