import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { errorMessage, focusFirstInvalid, useNotice } from '@/components/ui';
import { listBrands } from '@/lib/db/brands';
import { listTemplates } from '@/lib/db/templates';
import type { MessageKey } from '@/lib/i18n';
import type { Brand } from '@/lib/schema/brand';
import type { Template } from '@/lib/schema/template';

/** All brands, live; `undefined` while loading. */
export function useBrands(): Brand[] | undefined {
  const db = useDb();
  return useLiveQuery(() => listBrands(db), [db]);
}

/** A brand's templates, live; `undefined` while loading. */
export function useTemplates(brandId: string | undefined): Template[] | undefined {
  const db = useDb();
  return useLiveQuery(async () => (brandId ? listTemplates(db, brandId) : []), [db, brandId]);
}

/**
 * Runs an action and reports its outcome as a notice: the success message when it resolves, the
 * failure headline plus the error's own message when it throws. Returns whether it succeeded.
 */
export function useRun() {
  const { t } = useI18n();
  const { notify } = useNotice();
  return useCallback(
    async (action: () => Promise<unknown>, messages: { success?: MessageKey; failure: MessageKey }): Promise<boolean> => {
      try {
        await action();
        if (messages.success) notify('success', t(messages.success));
        return true;
      } catch (error) {
        notify('error', t(messages.failure), errorMessage(error));
        return false;
      }
    },
    [notify, t],
  );
}

/**
 * The end of a form's check: shows the errors found under their fields and, when there are any,
 * says so and takes the keyboard to the first one. Returns whether the form may be saved.
 */
export function useFormCheck() {
  const { t } = useI18n();
  const { notify } = useNotice();
  return useCallback(
    <Errors extends object>(found: Errors, showErrors: (errors: Errors) => void): boolean => {
      showErrors(found);
      if (Object.keys(found).length === 0) return true;
      notify('error', t('options.error.fixFields'));
      focusFirstInvalid();
      return false;
    },
    [t, notify],
  );
}
