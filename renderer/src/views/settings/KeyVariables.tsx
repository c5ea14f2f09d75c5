// The environment variables a provider's key is read from, as the main process names them, in the
// order it reads them: `GAVEL_KEY_OPENAI` or `OPENAI_API_KEY`.
export function KeyVariables({ names }: { names: string[] }) {
  return (
    <span data-testid="provider-key-variables">
      {names.map((name, index) => (
        <span key={name}>
          {index > 0 && ' or '}
          <code>{name}</code>
        </span>
      ))}
    </span>
  );
}
