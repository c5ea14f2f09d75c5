// The datasets in this workspace, and the way in for new ones.
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/EmptyState';
import { can } from '../../store/slices/shell/access';
import { useGavel } from '../../store/store-context';
import { DatasetRow } from './DatasetRow';

export function DatasetsSection() {
  const { datasets, loaded, openImport, mayImport } = useGavel(
    useShallow((s) => ({
      datasets: s.workspace.datasets,
      loaded: s.workspace.loaded,
      openImport: s.openImport,
      mayImport: can(s, 'import.run'),
    })),
  );
  return (
    <section className="page">
      <div className="page-header">
        <h1>Datasets</h1>
        {mayImport && (
          <button type="button" className="primary" data-testid="import-open" onClick={openImport}>
            Import…
          </button>
        )}
      </div>
      <div data-testid="datasets-list">
        {loaded && datasets.length === 0 && (
          <EmptyState title="No datasets yet">
            <p>
              Import a CSV, JSON Lines or JSON file, or the results of MLflow, Databricks, Amazon Bedrock or promptfoo
              evaluations — or drop a file anywhere on this window.
            </p>
          </EmptyState>
        )}
        {datasets.length > 0 && (
          <table className="list-table datasets-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col" className="number">
                  Items
                </th>
                <th scope="col">Source format</th>
                <th scope="col">Judges</th>
                <th scope="col">Created</th>
                <th scope="col">
                  <span className="visually-hidden">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {datasets.map((dataset) => (
                <DatasetRow key={dataset.id} dataset={dataset} />
              ))}
            </tbody>
          </table>
        )}
      </div>
    </section>
  );
}
