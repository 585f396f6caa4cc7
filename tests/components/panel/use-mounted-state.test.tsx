import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useMountedState } from '@/components/panel/use-mounted-state';

describe('useMountedState', () => {
  it('updates while mounted and ignores a late update once the component is gone', () => {
    const { result, unmount } = renderHook(() => useMountedState(0));
    act(() => result.current[1](1));
    expect(result.current[0]).toBe(1);
    act(() => result.current[1]((n) => n + 1));
    expect(result.current[0]).toBe(2);
    const setter = result.current[1];
    unmount();
    const errors = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    // An action settling after the panel moved on: no update, no error.
    const updater = vi.fn((n: number) => n + 1);
    act(() => setter(updater));
    expect(updater).not.toHaveBeenCalled();
    expect(errors).not.toHaveBeenCalled();
    errors.mockRestore();
  });
});
