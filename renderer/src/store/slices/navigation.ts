// Which section of the app is showing, and which dataset is open inside Datasets.
import type { SliceCreator } from '../types';

export const SECTIONS = ['datasets', 'judges', 'runs', 'review', 'calibration', 'export', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export interface NavigationSlice {
  section: Section;
  openDatasetId: number | null;
  goTo(section: Section): void;
  openDataset(datasetId: number): void;
  closeDataset(): void;
}

export const createNavigationSlice: SliceCreator<NavigationSlice> = () => (set, get) => ({
  section: 'datasets',
  openDatasetId: null,
  goTo: (section) => {
    get().closeDataset();
    set({ section });
  },
  openDataset: (datasetId) => {
    set({ section: 'datasets', openDatasetId: datasetId });
    get().closeItem();
    void get().loadTable(datasetId);
  },
  closeDataset: () => {
    get().closeItem();
    get().unloadTable();
    set({ openDatasetId: null });
  },
});
