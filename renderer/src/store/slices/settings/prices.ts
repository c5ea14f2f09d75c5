// Model prices (Settings), in US dollars per million tokens, that run estimates and costs use.
import type { ModelPrice } from '../../../../../shared/judging';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

export interface PricesState {
  list: ModelPrice[];
  loaded: boolean;
  saving: boolean;
  /** Saved since the table was last edited. */
  saved: boolean;
  error: ApiError | null;
}

export interface PricesSlice {
  prices: PricesState;
  loadPrices(): Promise<void>;
  savePrices(prices: ModelPrice[]): Promise<void>;
  pricesEdited(): void;
}

export const createPricesSlice: SliceCreator<PricesSlice> = (api) => (set) => {
  const patch = (changes: Partial<PricesState>) => set((s) => ({ prices: { ...s.prices, ...changes } }));

  return {
    prices: { list: [], loaded: false, saving: false, saved: false, error: null },

    loadPrices: async () => {
      const result = await api['prices.list']({});
      patch(result.ok ? { list: result.value, loaded: true } : { error: result.error });
    },

    savePrices: async (prices) => {
      patch({ saving: true, saved: false, error: null });
      const result = await api['prices.save']({ prices });
      patch(result.ok ? { list: result.value, saving: false, saved: true } : { saving: false, error: result.error });
    },

    pricesEdited: () => patch({ saved: false }),
  };
};
