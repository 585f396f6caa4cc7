import { useId, useRef, type ReactNode } from 'react';

/**
 * A labelled file input. The value is cleared after each pick so choosing the same file again
 * (after fixing it) fires again.
 */
export function FilePicker({
  label,
  accept,
  onFile,
  disabled,
  hint,
}: {
  label: ReactNode;
  accept?: string;
  onFile: (file: File) => void;
  disabled?: boolean;
  hint?: ReactNode;
}) {
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="field file-picker">
      <label htmlFor={id}>{label}</label>
      <input
        ref={input}
        id={id}
        type="file"
        accept={accept}
        disabled={disabled}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) onFile(file);
          if (input.current) input.current.value = '';
        }}
      />
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
