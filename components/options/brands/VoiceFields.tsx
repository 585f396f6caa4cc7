import { useI18n } from '@/components/i18n';
import { NumberField, RadioGroup, SelectField, TextArea, TextField } from '@/components/ui';
import type { BrandDraft, DraftErrors } from './brand-form';

type VoicePart = Pick<BrandDraft, 'address' | 'forbiddenWords' | 'signOff' | 'emojiPolicy' | 'maxEmoji' | 'maxExclamations'>;

/** The brand-voice profile every reply is linted against. */
export function VoiceFields({
  draft,
  onChange,
  errors,
  compact = false,
}: {
  draft: VoicePart;
  onChange: (patch: Partial<VoicePart>) => void;
  errors: DraftErrors;
  /** First run: only address and sign-off. */
  compact?: boolean;
}) {
  const { t } = useI18n();
  const err = (key: string) => {
    const message = errors[key];
    return message ? t(message) : undefined;
  };
  return (
    <fieldset className="rows">
      <legend>{t('options.voice.legend')}</legend>
      <RadioGroup
        legend={t('options.voice.address')}
        name="address"
        value={draft.address}
        onChange={(address) => onChange({ address })}
        options={[
          { value: 'vous', label: t('options.voice.address.vous'), hint: t('options.voice.address.vousHint') },
          { value: 'tu', label: t('options.voice.address.tu'), hint: t('options.voice.address.tuHint') },
          { value: 'either', label: t('options.voice.address.either') },
        ]}
      />
      <TextField
        label={t('options.voice.signOff')}
        hint={t('options.voice.signOffHint')}
        value={draft.signOff}
        onChange={(signOff) => onChange({ signOff })}
      />
      {compact ? null : (
        <>
          <TextArea
            label={t('options.voice.forbidden')}
            hint={t('options.list.hint')}
            rows={2}
            value={draft.forbiddenWords}
            onChange={(forbiddenWords) => onChange({ forbiddenWords })}
          />
          <div className="row">
            <SelectField
              label={t('options.voice.emoji')}
              value={draft.emojiPolicy}
              onChange={(emojiPolicy) => onChange({ emojiPolicy })}
              options={[
                { value: 'none', label: t('options.voice.emoji.none') },
                { value: 'limited', label: t('options.voice.emoji.limited') },
                { value: 'free', label: t('options.voice.emoji.free') },
              ]}
            />
            {draft.emojiPolicy === 'limited' ? (
              <NumberField
                label={t('options.voice.maxEmoji')}
                min={0}
                max={99}
                value={draft.maxEmoji}
                error={err('maxEmoji')}
                onChange={(maxEmoji) => onChange({ maxEmoji })}
              />
            ) : null}
            <NumberField
              label={t('options.voice.maxExclamations')}
              min={0}
              max={99}
              value={draft.maxExclamations}
              error={err('maxExclamations')}
              onChange={(maxExclamations) => onChange({ maxExclamations })}
            />
          </div>
        </>
      )}
    </fieldset>
  );
}
