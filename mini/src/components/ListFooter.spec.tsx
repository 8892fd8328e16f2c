import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import type { MatterSummary } from '@zsb/contracts';
import { ApiError } from '../api/errors';
import type { SearchState } from '../hooks/useMatterSearch';
import { Highlighted } from './Highlighted';
import { ListFooter } from './ListFooter';

const items = (n: number) => Array.from({ length: n }, (_, i) => ({ code: `m${i}` }) as unknown as MatterSummary);
const state = (over: Partial<SearchState>): SearchState =>
  ({ status: 'ready', items: items(20), total: 45, page: 1, error: null, meta: null, ...over }) as SearchState;

describe('the end of a list of matters', () => {
  it('offers 加载更多 while there are more, and says 已经到底了 with the count when all are shown', () => {
    const onMore = jest.fn();
    const { rerender } = render(<ListFooter state={state({})} onMore={onMore} />);
    fireEvent.click(screen.getByRole('button', { name: '加载更多' }));
    expect(onMore).toHaveBeenCalledTimes(1);
    rerender(<ListFooter state={state({ items: items(45) })} onMore={onMore} />);
    expect(screen.getByText('已经到底了，共 45 个事项')).toBeTruthy();
    expect(screen.queryByRole('button')).toBeNull();
  });

  it('after a page failed, says why and retries on a tap', () => {
    const onMore = jest.fn();
    render(
      <ListFooter
        state={state({ status: 'moreError', error: new ApiError('TIMEOUT', '网络太慢', null, 'r') })}
        onMore={onMore}
      />,
    );
    fireEvent.click(screen.getByRole('button', { name: '网络太慢，点这里重试' }));
    expect(onMore).toHaveBeenCalledTimes(1);
  });
});

describe('a matter name with the searched words marked', () => {
  it('marks exactly the matched characters and keeps the whole name readable', () => {
    const { container } = render(<Highlighted text="居民身份证换领" ranges={[[2, 5]]} />);
    expect(container.textContent).toBe('居民身份证换领');
    expect(Array.from(container.querySelectorAll('.hit')).map((e) => e.textContent)).toEqual(['身份证']);
  });
});
