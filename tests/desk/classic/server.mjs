// placeholder, replaced below
export function createClassicHandler() { return (_req, res) => { res.writeHead(404); res.end(); }; }
