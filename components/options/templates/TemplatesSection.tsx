import { useMemo, useState } from 'react';
import { useActiveBrand, useDb } from '@/components/data/db';
import { useI18n } from '@/components/i18n';
import { Button, ConfirmDialog, EmptyState, SelectField, TextField, downloadBlob, fileDateStamp, useNotice } from '@/components/ui';
import { deleteTemplate, saveTemplate } from '@/lib/db/templates';
import { TEMPLATE_CATEGORIES, type Template, type TemplateCategory } from '@/lib/schema/template';
import { exportTemplates, parseNewTemplateHash, type SelectionDraft } from '@/lib/templates';
import { useRun, useTemplates } from '../app/hooks';
import { NoBrand } from '../app/NoBrand';
import { Section } from '../app/Section';
import { installStarterTemplates } from './starter';
import { duplicateTemplate, matchesSearch } from './template-form';
import { TemplateEditor } from './TemplateEditor';
import { TemplateImport } from './TemplateImport';

type Editing = { template?: Template; prefill?: SelectionDraft } | null;

/** The active brand's template library: search, edit with live preview, import/export. */
export function TemplatesSection() {
  const { t } = useI18n();
  const db = useDb();
  const run = useRun();
  const { notify } = useNotice();
  const brand = useActiveBrand();
  const templates = useTemplates(brand?.id);
  const [query, setQuery] = useState('');
  const [category, setCategory] = useState<TemplateCategory | 'all'>('all');
  // Text selected on a page and sent by the right-click menu (`#templates/new?…`) opens the editor on
  // it. The address keeps it until the editor closes (saved or cancelled), not a moment after the
  // page opens: whoever opened the tab finds it at the address it asked for, and a reload meanwhile
  // keeps the unsaved text. Taken out then, so that a later reload shows the library.
  const [editing, setEditing] = useState<Editing>(() => {
    const prefill = parseNewTemplateHash(location.hash);
    return prefill ? { prefill } : null;
  });
  const closeEditor = () => {
    if (parseNewTemplateHash(location.hash)) history.replaceState(null, '', '#templates');
    setEditing(null);
  };
  const [deleting, setDeleting] = useState<Template | null>(null);
  const [restoring, setRestoring] = useState(false);

  const shown = useMemo(
    () => (templates ?? []).filter((tpl) => (category === 'all' || tpl.category === category) && matchesSearch(tpl, query)),
    [templates, category, query],
  );

  if (brand === undefined) return <p>{t('common.loading')}</p>;
  if (brand === null) return <NoBrand title={t('options.nav.templates')} id="templates" />;

  if (editing) {
    return (
      <Section id="templates" title={t('options.nav.templates')} focusKey="editor">
        <TemplateEditor brand={brand} template={editing.template} prefill={editing.prefill} onDone={closeEditor} />
      </Section>
    );
  }

  const exportAll = () => {
    const text = exportTemplates(templates ?? []);
    downloadBlob(new Blob([text], { type: 'application/json' }), `riposte-templates-${fileDateStamp()}.json`);
  };

  return (
    <Section id="templates" title={t('options.nav.templates')} intro={t('options.templates.intro', { brand: brand.name })} focusKey="list">
      <div className="actions">
        <Button variant="primary" onClick={() => setEditing({})}>
          {t('options.templates.new')}
        </Button>
        <Button onClick={exportAll} disabled={!templates?.length}>
          {t('options.templates.export')}
        </Button>
        <Button onClick={() => setRestoring(true)}>{t('options.templates.restore')}</Button>
      </div>
      <TemplateImport brand={brand} />
      <div className="row filters" role="search">
        <TextField label={t('options.templates.search')} type="search" value={query} onChange={setQuery} />
        <SelectField<TemplateCategory | 'all'>
          label={t('options.templates.category')}
          value={category}
          options={[{ value: 'all', label: t('options.templates.allCategories') }, ...TEMPLATE_CATEGORIES.map((c) => ({ value: c, label: t(`options.category.${c}`) }))]}
          onChange={setCategory}
        />
      </div>
      <p className="muted" role="status">
        {t('options.templates.count', { shown: shown.length, total: templates?.length ?? 0 })}
      </p>
      {templates === undefined ? (
        <p>{t('common.loading')}</p>
      ) : shown.length === 0 ? (
        <EmptyState title={t(templates.length ? 'options.templates.noMatch' : 'options.templates.empty')} />
      ) : (
        <ul className="template-list">
          {shown.map((tpl) => (
            <li key={tpl.id} className="template-item">
              <div className="template-item__main">
                <h3 className="template-item__title">{tpl.title}</h3>
                <p className="template-item__meta">
                  <span className="badge">{t(`options.category.${tpl.category}`)}</span> <span className="badge">{tpl.language.toUpperCase()}</span>{' '}
                  {tpl.tags.map((tag) => (
                    <span key={tag} className="badge badge--tag">
                      #{tag}
                    </span>
                  ))}{' '}
                  <span className="muted">{t('options.templates.uses', { count: tpl.usageCount })}</span>
                </p>
                <p className="template-item__body">{tpl.body}</p>
              </div>
              <div className="actions">
                <Button onClick={() => setEditing({ template: tpl })} aria-label={t('options.templates.editNamed', { title: tpl.title })}>
                  {t('options.brands.edit')}
                </Button>
                <Button
                  onClick={() =>
                    void run(() => saveTemplate(db, duplicateTemplate(tpl, t('options.templates.copySuffix'), new Date())), {
                      success: 'options.templates.duplicated',
                      failure: 'options.templates.saveFailed',
                    })
                  }
                  aria-label={t('options.templates.duplicateNamed', { title: tpl.title })}
                >
                  {t('options.templates.duplicate')}
                </Button>
                <Button variant="danger" onClick={() => setDeleting(tpl)} aria-label={t('options.templates.deleteNamed', { title: tpl.title })}>
                  {t('common.delete')}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {deleting ? (
        <ConfirmDialog
          danger
          title={t('options.templates.deleteTitle', { title: deleting.title })}
          confirmLabel={t('common.delete')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setDeleting(null)}
          onConfirm={async () => {
            await run(() => deleteTemplate(db, deleting.id), { success: 'options.templates.deleted', failure: 'options.error.generic' });
            setDeleting(null);
          }}
        >
          <p>{t('options.templates.deleteBody')}</p>
        </ConfirmDialog>
      ) : null}
      {restoring ? (
        <ConfirmDialog
          title={t('options.templates.restoreTitle')}
          confirmLabel={t('options.templates.restore')}
          cancelLabel={t('common.cancel')}
          onCancel={() => setRestoring(false)}
          onConfirm={async () => {
            let added = 0;
            const ok = await run(
              async () => {
                added = await installStarterTemplates(db, brand.id, new Date());
              },
              { failure: 'options.templates.starterFailed' },
            );
            setRestoring(false);
            if (ok) {
              setQuery('');
              notify('success', t('options.templates.restored', { count: added }));
            }
          }}
        >
          <p>{t('options.templates.restoreBody')}</p>
        </ConfirmDialog>
      ) : null}
    </Section>
  );
}
