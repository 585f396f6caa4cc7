import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback } from 'react';
import { useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { errorMessage, useNotice } from '@/components/ui';
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
