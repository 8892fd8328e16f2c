import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { ApiError } from '@/api/errors';
import { SaveNote } from './SaveNote';

describe('the draft save line', () => {
  it('blames the network only when the network failed, and offers 重试', () => {
    const onRetry = jest.fn();
    const error = new ApiError('NETWORK_OFFLINE', '手机没有连上网络', null, 'req-1');
    render(<SaveNote save={{ status: 'failed', error, savedAt: null }} onRetry={onRetry} />);
    expect(screen.getByRole('alert').textContent).toContain('联网后自动保存');
    fireEvent.click(screen.getByRole('button', { name: '重试' }));
    expect(onRetry).toHaveBeenCalledTimes(1);
  });

  it('says what the server refused, without blaming the network or offering a retry that cannot help', () => {
    const error = new ApiError('VALIDATION_FAILED', '邮寄地址含有无法识别的字符', 400, 'req-2');
    render(<SaveNote save={{ status: 'failed', error, savedAt: null }} onRetry={() => undefined} />);
    const line = screen.getByRole('alert').textContent ?? '';
    expect(line).toContain('邮寄地址含有无法识别的字符');
    expect(line).not.toMatch(/网络|联网/);
    expect(screen.queryByRole('button', { name: '重试' })).toBeNull();
  });
});
