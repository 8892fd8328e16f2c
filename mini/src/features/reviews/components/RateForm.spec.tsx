import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen, within } from '@testing-library/react';
import type { RateContext } from '../lib/loadRate';
import { EMPTY_FORM } from '../lib/reviewForm';
import { RateForm } from './RateForm';

const visit: RateContext = {
  target: { kind: 'new', subject: { kind: 'visit', id: 'b1' } },
  set: 'window-2019',
  kindWord: '窗口办事',
  title: '申领居民身份证',
  place: '文峰区东大街街道便民服务中心',
  openUntil: '2026-06-01T18:00:00+08:00',
  initial: EMPTY_FORM,
  photoCount: 0,
  given: null,
};

const submitButton = () => screen.getByText('提交评价');

describe('the 评价 form', () => {
  it('opens with nothing chosen and 提交 disabled, saying what is left', () => {
    render(<RateForm ctx={visit} />);
    expect(screen.getByText('申领居民身份证')).toBeTruthy();
    const checked = screen.queryAllByRole('radio').filter((r) => r.getAttribute('aria-checked') === 'true');
    expect(checked).toHaveLength(0);
    expect(submitButton().getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('还要选：总体评价、4 项具体评价')).toBeTruthy();
  });

  it('asks a 差评 for at least one reason before 提交 is enabled', () => {
    render(<RateForm ctx={visit} />);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '总体评价' })).getByText('不满意'));
    for (const label of ['整体满意度', '服务效率', '服务水平', '服务态度'])
      fireEvent.click(within(screen.getByRole('radiogroup', { name: label })).getByText('基本满意'));
    expect(screen.getByText('请至少选一个不满意的原因')).toBeTruthy();
    expect(submitButton().getAttribute('aria-disabled')).toBe('true');

    fireEvent.click(screen.getByRole('checkbox', { name: '效率太低' }));
    expect(screen.queryByText('请至少选一个不满意的原因')).toBeNull();
    expect(submitButton().getAttribute('aria-disabled')).toBe('false');
  });

  it('asks no reasons, words or photos of a good review', () => {
    render(<RateForm ctx={visit} />);
    fireEvent.click(within(screen.getByRole('radiogroup', { name: '总体评价' })).getByText('非常满意'));
    expect(screen.queryByText('哪里不满意？')).toBeNull();
    expect(screen.queryByText('照片（选填）')).toBeNull();
  });
});
