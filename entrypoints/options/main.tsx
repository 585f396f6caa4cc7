import { browser } from 'wxt/browser';
import { mountRipostePage } from '@/components/mount';
import { OptionsApp } from '@/components/options/app/OptionsApp';
import '@/components/styles.css';

void mountRipostePage(document.getElementById('root')!, <OptionsApp />, browser.i18n.getUILanguage());
