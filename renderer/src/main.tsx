// Renderer entry: connect to the main process (Electron preload or browser mode), build the store, render.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { connectApi } from './api';
import { App } from './App';
import { createGavelStore } from './store/create-store';
import { StoreProvider } from './store/store-context';
import './styles.css';

const container = document.getElementById('root');
if (!container) throw new Error('renderer/index.html has no #root element');

const api = connectApi();
createRoot(container).render(
  <StrictMode>
    <StoreProvider store={createGavelStore(api)}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
