import { describe, expect, it, jest } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { ApiError } from '@/api/errors';
import { StepTimeline } from '@/components/StepTimeline';
import { KindChoice } from './KindChoice';
import { SubmitBar } from './SubmitBar';

describe('反映办不成事: choosing the kind', () => {
  it('offers the six kinds with what each means, chooses none by itself, and marks the one tapped', () => {
    const onChange = jest.fn();
    const { rerender } = render(<KindChoice value={null} onChange={onChange} />);
    const kinds = screen.getAllByRole('radio');
    expect(kinds).toHaveLength(6);
    expect(kinds.every((k) => k.getAttribute('aria-checked') === 'false')).toBe(true);
    expect(screen.getByText('推诿、刁难、态度差')).toBeTruthy();
    fireEvent.click(screen.getByText('窗口办不成'));
    expect(onChange).toHaveBeenCalledWith('window_failed');
    rerender(<KindChoice value="window_failed" onChange={onChange} />);
    expect(screen.getAllByRole('radio').filter((k) => k.getAttribute('aria-checked') === 'true')).toHaveLength(1);
  });
});

describe('提交 of a report', () => {
  it('says what is left while it cannot be sent', () => {
    render(
      <SubmitBar
        label="提交反映"
        ready={false}
        sending={false}
        missing="还要：选择遇到的问题"
        refusal={null}
        onSubmit={() => undefined}
      />,
    );
    expect(screen.getByRole('button', { name: '提交反映' }).getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText('还要：选择遇到的问题')).toBeTruthy();
  });

  it("shows the server's words for a refused link, with no 再试一次", () => {
    const refusal = new ApiError('APPLICATION_NOT_FOUND', '没有找到这件办件', 404, 'req-1');
    render(
      <SubmitBar label="提交反映" ready sending={false} missing={null} refusal={refusal} onSubmit={() => undefined} />,
    );
    expect(screen.getByRole('alert').textContent).toContain('没有找到这件办件');
    expect(screen.queryByRole('button', { name: '再试一次' })).toBeNull();
  });

  it('offers 再试一次 after no answer, and it sends again', () => {
    const onSubmit = jest.fn();
    const refusal = new ApiError('TIMEOUT', '网络太慢，等了很久没有回应', null, 'req-2');
    render(<SubmitBar label="提交咨询" ready sending={false} missing={null} refusal={refusal} onSubmit={onSubmit} />);
    fireEvent.click(screen.getByRole('button', { name: '再试一次' }));
    expect(onSubmit).toHaveBeenCalledTimes(1);
  });
});

describe('the timeline of a case', () => {
  it('shows the latest step first, with its center and note', () => {
    const { container } = render(
      <StepTimeline
        hook="e2e-feedback"
        nowMs={Date.parse('2026-05-08T02:00:00Z')}
        steps={[
          { label: '已受理', at: '2026-05-06T01:00:00Z', by: null, note: '' },
          { label: '办理中', at: '2026-05-07T01:00:00Z', by: '城关镇便民服务中心', note: '已联系窗口核实' },
        ]}
      />,
    );
    const steps = container.querySelectorAll('.e2e-feedback-step');
    expect(steps).toHaveLength(2);
    expect(steps[0].textContent).toContain('办理中');
    expect(steps[0].textContent).toContain('城关镇便民服务中心');
    expect(steps[0].textContent).toContain('已联系窗口核实');
    expect(steps[1].textContent).toContain('已受理');
  });
});
