/**
 * Task pane entry: the only place that waits for Office and builds the Office-backed port and
 * host services. Everything below receives them as props (App.tsx).
 */
import * as React from 'react';
import { createRoot } from 'react-dom/client';
import { langOf } from '../core';
import { OfficeWorkbookPort } from '../excel/office-workbook';
import { createOfficeEnv } from '../excel/office-env';
import { TaskPane } from './App';
import { taskpaneEnvOf } from './office-taskpane-env';

void Office.onReady(() => {
  const office = createOfficeEnv();
  const lang = langOf(office.displayLanguage());
  const env = taskpaneEnvOf(office, lang);
  document.documentElement.lang = lang;
  const port = new OfficeWorkbookPort({ lang });
  const host = document.getElementById('root');
  if (host) createRoot(host).render(<TaskPane port={port} env={env} />);
});
