/** Captures what the constructs print to stderr (their warnings) while `fn` runs. */
export function stderrOf(fn: () => void): string {
  const spy = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    fn();
    return spy.mock.calls.map((c) => String(c[0])).join('');
  } finally {
    spy.mockRestore();
  }
}

export const S = (name: string) => `service.beta.kubernetes.io/${name}`;
export const G = (name: string) => `appgw.ingress.kubernetes.io/${name}`;
