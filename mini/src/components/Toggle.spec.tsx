import { describe, expect, it } from '@jest/globals';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { CheckBox } from './CheckBox';
import { Toggle } from './Toggle';

function ElderModeSwitch() {
  const [on, setOn] = useState(false);
  return <Toggle on={on} label="长辈模式" onChange={setOn} />;
}

function Agreement() {
  const [checked, setChecked] = useState(false);
  return <CheckBox checked={checked} label="我已阅读并同意《用证授权说明》" onChange={setChecked} />;
}

describe('the elder-mode switch', () => {
  it('reads out its state and flips it when the row is tapped', () => {
    render(<ElderModeSwitch />);
    const toggle = screen.getByRole('switch', { name: '长辈模式，已关闭' });
    expect(toggle.getAttribute('aria-checked')).toBe('false');
    fireEvent.click(toggle);
    expect(screen.getByRole('switch', { name: '长辈模式，已开启' }).getAttribute('aria-checked')).toBe('true');
    expect(screen.getByText('已开启')).toBeTruthy();
  });
});

describe('a tick box that asks for agreement', () => {
  it('starts unticked, ticks on a tap, and unticks on the next', () => {
    render(<Agreement />);
    const box = screen.getByRole('checkbox');
    expect(box.getAttribute('aria-checked')).toBe('false');
    expect(box.textContent).not.toContain('✓');
    fireEvent.click(box);
    expect(box.getAttribute('aria-checked')).toBe('true');
    expect(box.textContent).toContain('✓');
    fireEvent.click(box);
    expect(box.getAttribute('aria-checked')).toBe('false');
  });
});
