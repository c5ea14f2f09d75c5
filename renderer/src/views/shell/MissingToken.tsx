// Browser mode opened without its access token (e.g. a bookmarked address in a new tab).
export function MissingToken() {
  return (
    <main className="missing-token">
      <h1>Gavel</h1>
      <p>
        This page needs the address printed by <code>gavel serve</code>, which includes its access token. Open that
        address again in this tab.
      </p>
    </main>
  );
}
