// What @tarojs/components renders on H5, reduced to plain DOM for component tests in jsdom: the same props the
// pages pass (ariaRole, ariaLabel, aria-*, className, onClick, onInput with `detail.value`), so a test reads the
// page the way a screen reader and a finger do, by role, label and text.
import { createElement, type ReactNode } from 'react';

type Props = Record<string, unknown> & { children?: ReactNode };

function domProps(props: Props): Record<string, unknown> {
  const { ariaRole, ariaLabel, children: _children, onInput: _onInput, maxlength, ...rest } = props;
  return { ...rest, role: ariaRole, 'aria-label': ariaLabel, maxLength: maxlength };
}

export const View = (props: Props) => createElement('div', domProps(props), props.children);
export const Text = (props: Props) => createElement('span', domProps(props), props.children);
export const Button = (props: Props) => createElement('button', domProps(props), props.children);
export const Image = (props: Props) => createElement('img', domProps(props));
export const Canvas = (props: Props) => createElement('canvas', domProps(props));
export const ScrollView = View;
export const Input = (props: Props) => {
  const onInput = props.onInput as ((e: { detail: { value: string } }) => void) | undefined;
  return createElement('input', {
    ...domProps(props),
    onChange: (e: { target: { value: string } }) => onInput?.({ detail: { value: e.target.value } }),
  });
};
export const Textarea = Input;
