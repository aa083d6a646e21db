// Form controls the library's pages share: a button that opens the file chooser, and a group of radio
// buttons bound to one value.
import type { ComponentChildren } from 'preact';

/** A button (a label styled as one) over a hidden file input; the input is cleared after each choice. */
export function FileButton({
  children,
  label,
  accept,
  multiple = false,
  disabled,
  onFiles,
}: {
  children: ComponentChildren;
  /** The input's accessible name. */
  label: string;
  accept: string;
  multiple?: boolean;
  disabled: boolean;
  onFiles: (files: File[]) => void;
}) {
  return (
    <label class="button">
      {children}
      <input
        type="file"
        multiple={multiple}
        accept={accept}
        class="visually-hidden"
        aria-label={label}
        disabled={disabled}
        onChange={(e) => {
          const input = e.target as HTMLInputElement;
          const files = [...(input.files ?? [])];
          input.value = '';
          if (files.length > 0) onFiles(files);
        }}
      />
    </label>
  );
}

/** A fieldset of radio buttons, one per option, checked where `value` is. */
export function RadioGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly { value: T; label: ComponentChildren }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend>{legend}</legend>
      {options.map((option) => (
        <label class="row" key={option.value}>
          <input
            type="radio"
            name={name}
            checked={value === option.value}
            onChange={() => onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}
