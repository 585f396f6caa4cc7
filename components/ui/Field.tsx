import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';

interface ShellProps {
  label: ReactNode;
  hint?: ReactNode;
  error?: ReactNode;
  className?: string;
}

interface ShellIds {
  id: string;
  describedBy: string | undefined;
  invalid: boolean;
}

/** Label, hint and error around one control, wired with ids so screen readers announce all three. */
function FieldShell({ label, hint, error, className, children }: ShellProps & { children: (ids: ShellIds) => ReactNode }) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={['field', error ? 'field--invalid' : '', className ?? ''].filter(Boolean).join(' ')}>
      <label htmlFor={id}>{label}</label>
      {children({ id, describedBy, invalid: Boolean(error) })}
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      ) : null}
    </div>
  );
}

type InputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> & ShellProps & {
  value: string;
  onChange: (value: string) => void;
};

export function TextField({ label, hint, error, className, value, onChange, ...rest }: InputProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="text"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...rest}
        />
      )}
    </FieldShell>
  );
}

type NumberProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'type'> & ShellProps & {
  value: number;
  onChange: (value: number) => void;
};

/** A whole-number input; an empty or invalid entry reports `NaN` so the form can show why. */
export function NumberField({ label, hint, error, className, value, onChange, ...rest }: NumberProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          id={id}
          type="number"
          inputMode="numeric"
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={Number.isNaN(value) ? '' : String(value)}
          onChange={(e) => onChange(e.target.value.trim() === '' ? Number.NaN : Number(e.target.value))}
          {...rest}
        />
      )}
    </FieldShell>
  );
}

type AreaProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> & ShellProps & {
  value: string;
  onChange: (value: string) => void;
};

export function TextArea({ label, hint, error, className, value, onChange, rows = 4, ...rest }: AreaProps) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {({ id, describedBy, invalid }) => (
        <textarea
          id={id}
          rows={rows}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={value}
          onChange={(e) => onChange(e.target.value)}
          {...rest}
        />
      )}
    </FieldShell>
  );
}

export interface SelectOption<V extends string> {
  value: V;
  label: string;
}

type SelectProps<V extends string> = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value'> & ShellProps & {
  value: V;
  options: readonly SelectOption<V>[];
  onChange: (value: V) => void;
};

export function SelectField<V extends string>({ label, hint, error, className, value, options, onChange, ...rest }: SelectProps<V>) {
  return (
    <FieldShell label={label} hint={hint} error={error} className={className}>
      {({ id, describedBy, invalid }) => (
        <select
          id={id}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          value={value}
          onChange={(e) => onChange(e.target.value as V)}
          {...rest}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** A group of radio buttons with a visible legend. */
export function RadioGroup<V extends string>({
  legend,
  name,
  value,
  options,
  onChange,
  hint,
}: {
  legend: ReactNode;
  name: string;
  value: V;
  options: readonly (SelectOption<V> & { hint?: string })[];
  onChange: (value: V) => void;
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="radio-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {options.map((option) => (
        <label key={option.value} className="radio-group__option">
          <input type="radio" name={`${name}-${id}`} value={option.value} checked={value === option.value} onChange={() => onChange(option.value)} />
          <span>
            {option.label}
            {option.hint ? <span className="radio-group__hint"> — {option.hint}</span> : null}
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/** A group of checkboxes choosing a subset; an empty choice usually means "all" to the caller. */
export function CheckboxGroup<V extends string>({
  legend,
  values,
  options,
  onChange,
  hint,
}: {
  legend: ReactNode;
  values: readonly V[];
  options: readonly SelectOption<V>[];
  onChange: (values: V[]) => void;
  hint?: ReactNode;
}) {
  const id = useId();
  return (
    <fieldset className="checkbox-group" aria-describedby={hint ? `${id}-hint` : undefined}>
      <legend>{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      <div className="checkbox-group__options">
        {options.map((option) => (
          <label key={option.value} className="checkbox-group__option">
            <input
              type="checkbox"
              checked={values.includes(option.value)}
              onChange={(e) =>
                onChange(e.target.checked ? [...values, option.value] : values.filter((v) => v !== option.value))
              }
            />
            <span>{option.label}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
