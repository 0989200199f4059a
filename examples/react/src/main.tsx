import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './widgets.js';
import { App } from './App.js';
import './app.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
