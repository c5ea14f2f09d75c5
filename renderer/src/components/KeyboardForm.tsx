// A form that submits on Enter without reloading the page and closes on Escape, as every dialog-like
// form in the app does.
import type { FormHTMLAttributes, ReactNode } from 'react';

interface KeyboardFormProps extends Omit<FormHTMLAttributes<HTMLFormElement>, 'onSubmit'> {
  onSubmit: () => void;
  onEscape: () => void;
  children: ReactNode;
}

export function KeyboardForm({ onSubmit, onEscape, children, ...form }: KeyboardFormProps) {
  return (
    <form
      {...form}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onEscape();
      }}
    >
      {children}
    </form>
  );
}
