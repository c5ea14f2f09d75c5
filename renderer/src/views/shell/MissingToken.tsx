// Browser mode opened without a valid link: never signed in in this browser, or the link was revoked.
export function MissingToken() {
  return (
    <main className="missing-token" data-testid="signed-out">
      <h1>Gavel</h1>
      <p>
        This page needs the link you were given: the one <code>gavel serve</code> printed, or the one the workspace
        owner sent you. Open that link in this browser. If it no longer works, it was revoked: ask the owner for a new
        one.
      </p>
    </main>
  );
}
