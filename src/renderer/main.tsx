// Renderer entry: zod's CSP-safe mode before any schema exists, translations
// (synchronously, from the bundle), then React.

import './shell/zod-jitless';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';
import { setupI18n } from './i18n';
import { App } from './App';
import './styles/base.css';
import './styles/shell.css';
import './styles/views.css';

const i18n = setupI18n();
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);
