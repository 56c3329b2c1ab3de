// Where `vite preview` serves the built app for the browser tests. E2E_PORT lets two checkouts
// run their tests side by side; 4173 is Vite's own preview port.
const port = Number(process.env.E2E_PORT ?? 4173);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  throw new Error(`E2E_PORT must be a port number, not "${process.env.E2E_PORT}"`);
}

export const appPort = port;
export const appOrigin = `http://localhost:${port}`;
