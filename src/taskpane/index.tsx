/**
 * Task pane entry: the only place that waits for Office and builds the Office-backed port and
 * host services. Everything below receives them as props (App.tsx).
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { langOf } from '../core';
import { OfficeWorkbookPort } from '../excel/office-workbook';
import { createOfficeEnv } from '../excel/office-env';
import { setActiveProfile } from '../functions/active-profile';
import { TaskPane } from './App';
import { TaskpaneEnv } from './env';

void Office.onReady(() => {
  const office = createOfficeEnv();
  const lang = langOf(office.displayLanguage());
  const env: TaskpaneEnv = {
    lang,
    loadSetting: (key) => office.loadSetting(key),
    saveSetting: (key, value) => office.saveSetting(key, value),
    setActiveProfile: (id) => void setActiveProfile(id),
    recalculateAll: () => office.recalculateAll(),
  };
  document.documentElement.lang = lang;
  const port = new OfficeWorkbookPort({ lang });
  const host = document.getElementById('root');
  if (host) createRoot(host).render(<TaskPane port={port} env={env} />);
});
