// Settings: the model providers judges call, and the prices that turn tokens into cost.
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useGavel } from '../../store/store-context';
import { PricesPanel } from './PricesPanel';
import { ProvidersPanel } from './ProvidersPanel';

export function SettingsSection() {
  const { loadProviders, loadPrices } = useGavel(
    useShallow((s) => ({ loadProviders: s.loadProviders, loadPrices: s.loadPrices })),
  );
  useEffect(() => {
    void loadProviders();
    void loadPrices();
  }, [loadProviders, loadPrices]);

  return (
    <section className="page settings">
      <h1>Settings</h1>
      <ProvidersPanel />
      <PricesPanel />
    </section>
  );
}
