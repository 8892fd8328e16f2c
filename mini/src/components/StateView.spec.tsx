import { describe, expect, it, jest } from '@jest/globals';
import Taro from '@tarojs/taro';
import { fireEvent, render, screen } from '@testing-library/react';
import { ApiError } from '../api/errors';
import { EmptyState, ErrorState } from './StateView';

const calls = (Taro as unknown as { calls: { api: string; args: unknown[] }[] }).calls;

describe('an error the resident can act on', () => {
  it('says what happened and what to do, offers 重新加载 that retries, and shows the request id to quote', () => {
    const onRetry = jest.fn();
    render(
      <ErrorState
        error={new ApiError('NETWORK_OFFLINE', '手机没有连上网络', null, 'req-20261203-0001')}
        onRetry={onRetry}
      />,
    );
    expect(screen.getByRole('alert').textContent).toContain('手机没有连上网络');
    expect(screen.getByText(/请打开移动数据/)).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: '重新加载' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
    expect(screen.getByText('问题编号：req-20261203-0001')).toBeTruthy();
  });

  it('offers no 重新加载 when there is nothing to retry, and the 12345 hotline calls it', () => {
    render(<ErrorState error={new ApiError('INTERNAL_ERROR', '系统开小差了', 500, 'req-2')} />);
    expect(screen.queryByRole('button', { name: '重新加载' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '拨打 12345 咨询' }));
    expect(calls).toContainEqual({ api: 'makePhoneCall', args: [{ phoneNumber: '12345' }] });
  });
});

describe('an empty list', () => {
  it('says why it is empty and what to try instead', () => {
    render(<EmptyState title="附近没有办理这个事项的地方" hint="可以换一个乡镇看看" />);
    expect(screen.getByText('附近没有办理这个事项的地方')).toBeTruthy();
    expect(screen.getByText('可以换一个乡镇看看')).toBeTruthy();
  });
});
