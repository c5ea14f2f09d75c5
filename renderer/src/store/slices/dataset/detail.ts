// The one item shown in full beside the table.
import type { ItemDetail } from '../../../../../shared/domain';
import type { ApiError } from '../../../../../shared/result';
import type { SliceCreator } from '../../types';

export interface DetailState {
  /** The item asked for; `item` may still be the previous one (or null) while it loads. */
  itemId: number | null;
  item: ItemDetail | null;
  loading: boolean;
  error: ApiError | null;
}

export interface DetailSlice {
  detail: DetailState;
  openItem(itemId: number): Promise<void>;
  closeItem(): void;
}

const closed: DetailState = { itemId: null, item: null, loading: false, error: null };

export const createDetailSlice: SliceCreator<DetailSlice> = (api) => (set, get) => ({
  detail: closed,

  openItem: async (itemId) => {
    set((s) => ({ detail: { ...s.detail, itemId, loading: true, error: null } }));
    const result = await api['items.get']({ id: itemId });
    // Arrow keys move through items faster than they load: only the last one asked for counts.
    if (get().detail.itemId !== itemId) return;
    set({
      detail: result.ok
        ? { itemId, item: result.value, loading: false, error: null }
        : { itemId, item: null, loading: false, error: result.error },
    });
  },

  closeItem: () => set({ detail: closed }),
});
