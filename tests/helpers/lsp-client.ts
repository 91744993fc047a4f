// A minimal Language Server Protocol client over stdio, enough to drive the real
// yaml-language-server as an editor does: open a document, wait for its diagnostics,
// ask for completions. Messages are JSON with a Content-Length header.
import { type ChildProcessWithoutNullStreams, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  message: string;
}

export interface LspClient {
  /** Opens a file as an editor does and resolves with the diagnostics the server publishes for it. */
  open(file: string, text: string): Promise<Diagnostic[]>;
  /** The labels of the completions offered at a 0-based line and character. */
  complete(file: string, line: number, character: number): Promise<string[]>;
  close(): Promise<void>;
}

type Message = { id?: number; method?: string; params?: unknown; result?: unknown; error?: unknown };

const SERVER = path.join(path.dirname(createRequire(import.meta.url).resolve('yaml-language-server/package.json')), 'bin/yaml-language-server');

export async function startYamlLanguageServer(workspace: string, settings: Record<string, unknown> = {}): Promise<LspClient> {
  const child: ChildProcessWithoutNullStreams = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  let buffer = Buffer.alloc(0);
  let nextId = 1;
  const pending = new Map<number, (result: unknown) => void>();
  const diagnosticWaiters = new Map<string, (diagnostics: Diagnostic[]) => void>();
  const yamlSettings = { validate: true, completion: true, hover: true, schemaStore: { enable: false }, ...settings };

  const send = (message: Message) => {
    const body = Buffer.from(JSON.stringify({ jsonrpc: '2.0', ...message }), 'utf8');
    child.stdin.write(`Content-Length: ${body.length}\r\n\r\n`);
    child.stdin.write(body);
  };
  const request = (method: string, params: unknown) =>
    new Promise<unknown>((resolve) => {
      const id = nextId++;
      pending.set(id, resolve);
      send({ id, method, params });
    });
  const handle = (message: Message) => {
    if (message.id !== undefined && message.method === undefined) {
      pending.get(message.id)?.(message.result);
      pending.delete(message.id);
    } else if (message.method === 'textDocument/publishDiagnostics') {
      const { uri, diagnostics } = message.params as { uri: string; diagnostics: Diagnostic[] };
      diagnosticWaiters.get(uri)?.(diagnostics);
    } else if (message.method === 'workspace/configuration' && message.id !== undefined) {
      const items = (message.params as { items: { section?: string }[] }).items;
      send({ id: message.id, result: items.map((item) => (item.section === 'yaml' ? yamlSettings : {})) } as Message);
    } else if (message.id !== undefined && message.method !== undefined) {
      send({ id: message.id, result: null } as Message);
    }
  };
  child.stdout.on('data', (chunk: Buffer) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const headerEnd = buffer.indexOf('\r\n\r\n');
      if (headerEnd < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, headerEnd).toString())?.[1]);
      if (buffer.length < headerEnd + 4 + length) return;
      handle(JSON.parse(buffer.subarray(headerEnd + 4, headerEnd + 4 + length).toString('utf8')) as Message);
      buffer = buffer.subarray(headerEnd + 4 + length);
    }
  });

  const rootUri = pathToFileURL(workspace).href;
  await request('initialize', {
    processId: process.pid,
    rootUri,
    workspaceFolders: [{ uri: rootUri, name: path.basename(workspace) }],
    capabilities: { workspace: { configuration: true }, textDocument: { completion: { completionItem: { snippetSupport: false } } } },
  });
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings: { yaml: yamlSettings } } });

  return {
    open(file, text) {
      const uri = pathToFileURL(file).href;
      const published = new Promise<Diagnostic[]>((resolve) => diagnosticWaiters.set(uri, resolve));
      send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
      return published;
    },
    async complete(file, line, character) {
      const result = (await request('textDocument/completion', { textDocument: { uri: pathToFileURL(file).href }, position: { line, character } })) as {
        items: { label: string }[];
      } | null;
      return (result?.items ?? []).map((item) => item.label);
    },
    async close() {
      await request('shutdown', null);
      send({ method: 'exit' });
      await new Promise((resolve) => child.once('exit', resolve));
    },
  };
}
