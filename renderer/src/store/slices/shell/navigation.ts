// Which section of the app is showing, which dataset is open inside Datasets, and where the desktop
// menu's commands lead.
import type { GavelEvent } from '../../../../../shared/contract';
import type { SliceCreator } from '../../types';

export type MenuCommand = Extract<GavelEvent, { type: 'menu' }>['command'];

export const SECTIONS = ['datasets', 'judges', 'runs', 'review', 'calibration', 'export', 'settings'] as const;
export type Section = (typeof SECTIONS)[number];

export interface NavigationSlice {
  section: Section;
  openDatasetId: number | null;
  goTo(section: Section): void;
  openDataset(datasetId: number): void;
  closeDataset(): void;
  /** A desktop menu command: `path` is the file chosen in the native dialog. */
  menuCommand(command: MenuCommand, path?: string): void;
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
  menuCommand: (command, path) => {
    switch (command) {
      case 'settings':
      case 'export':
        get().goTo(command);
        break;
      case 'import':
        if (path === undefined) get().openImport();
        else void get().chooseImportPath(path);
        break;
    }
  },
});
