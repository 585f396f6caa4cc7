import { spawn, type ChildProcess } from 'node:child_process';
import type { Socket } from 'node:net';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const FIREFOX_CANDIDATES = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/Applications/Firefox.app/Contents/MacOS/firefox'];

export function findFirefox(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.FIREFOX_PATH) return env.FIREFOX_PATH;
  return FIREFOX_CANDIDATES.find((p) => existsSync(p));
}

/**
 * Firefox preferences for a hermetic test: every request goes through the fixture server acting as a
 * proxy (Firefox has no host-resolver rules), and the browser's own background services are off.
 */
function userJs(proxyPort: number, extra: Record<string, string | number | boolean>): string {
  const prefs: Record<string, string | number | boolean> = {
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': proxyPort,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': proxyPort,
    'network.proxy.no_proxies_on': '',
    'network.proxy.allow_hijacking_localhost': true,
    'network.trr.mode': 5,
    'network.dns.disablePrefetch': true,
    'app.update.enabled': false,
    'app.normandy.enabled': false,
    'browser.safebrowsing.malware.enabled': false,
    'browser.safebrowsing.phishing.enabled': false,
    'browser.shell.checkDefaultBrowser': false,
    'browser.startup.homepage_override.mstone': 'ignore',
    'datareporting.policy.dataSubmissionEnabled': false,
    'datareporting.healthreport.uploadEnabled': false,
    'toolkit.telemetry.enabled': false,
    'extensions.update.enabled': false,
    'extensions.getAddons.cache.enabled': false,
    'services.settings.server': 'https://127.0.0.1/none',
    'browser.region.network.url': '',
    'captivedetect.canonicalURL': '',
    'network.captive-portal-service.enabled': false,
    'network.connectivity-service.enabled': false,
    ...extra,
  };
  return Object.entries(prefs)
    .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`)
    .join('\n');
}

export interface RunningFirefox {
  process: ChildProcess;
  webSocketUrl: string;
  close(): Promise<void>;
}

/** Starts Firefox (headless unless asked) with WebDriver BiDi on a free port and a fresh profile. */
export async function startFirefox(
  executable: string,
  proxyPort: number,
  options: {
    prefs?: Record<string, string | number | boolean>;
    /** Also open the remote debugging protocol (AddonConsole). */
    rdpPort?: number;
    /** A real window (the demo) instead of headless (the tests). */
    headless?: boolean;
  } = {},
): Promise<RunningFirefox> {
  const profile = mkdtempSync(join(tmpdir(), 'riposte-firefox-'));
  const rdp: Record<string, boolean> = options.rdpPort
    ? { 'devtools.debugger.remote-enabled': true, 'devtools.chrome.enabled': true, 'devtools.debugger.prompt-connection': false }
    : {};
  writeFileSync(join(profile, 'user.js'), userJs(proxyPort, { ...rdp, ...options.prefs }));
  const child = spawn(executable, [...(options.headless === false ? [] : ['--headless']), '--no-remote', '--profile', profile, '--remote-debugging-port', '0', ...(options.rdpPort ? ['--start-debugger-server', String(options.rdpPort)] : [])], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, MOZ_CRASHREPORTER_DISABLE: '1' },
  });
  const webSocketUrl = await new Promise<string>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Firefox did not start WebDriver BiDi in time:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /WebDriver BiDi listening on (ws:\/\/[^\s]+)/.exec(output);
      if (match?.[1]) {
        clearTimeout(timer);
        resolve(match[1]);
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited with ${code}:\n${output}`));
    });
  });
  return {
    process: child,
    webSocketUrl,
    async close() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A minimal WebDriver BiDi client: commands in, results out, events ignored. */
export class BidiSession {
  private nextId = 1;
  private readonly pending = new Map<number, { resolve(v: unknown): void; reject(e: Error): void }>();

  private constructor(private readonly socket: WebSocket) {
    socket.addEventListener('message', (event) => {
      const data = JSON.parse(String(event.data)) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
      if (data.id === undefined) return;
      const waiter = this.pending.get(data.id);
      if (!waiter) return;
      this.pending.delete(data.id);
      if (data.type === 'error') waiter.reject(new Error(`${data.error}: ${data.message}`));
      else waiter.resolve(data.result);
    });
  }

  static async connect(url: string): Promise<BidiSession> {
    const socket = new WebSocket(url.endsWith('/session') ? url : `${url}/session`);
    await new Promise<void>((resolve, reject) => {
      socket.addEventListener('open', () => resolve(), { once: true });
      socket.addEventListener('error', () => reject(new Error(`Could not connect to ${url}`)), { once: true });
    });
    const session = new BidiSession(socket);
    await session.send('session.new', { capabilities: { alwaysMatch: { acceptInsecureCerts: true } } });
    return session;
  }

  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown>): Promise<T> {
    const id = this.nextId++;
    const result = new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
    });
    this.socket.send(JSON.stringify({ id, method, params }));
    return result;
  }

  /** Evaluates an expression in the page and returns its value when it is a primitive. */
  async evaluate(context: string, expression: string): Promise<unknown> {
    const result = await this.send<{ type: string; result?: { value?: unknown }; exceptionDetails?: unknown }>('script.evaluate', {
      expression,
      target: { context },
      awaitPromise: true,
    });
    if (result.type === 'exception') throw new Error(`Script failed: ${JSON.stringify(result.exceptionDetails)}`);
    return result.result?.value;
  }

  close(): void {
    this.socket.close();
  }
}

/**
 * Helpers for code evaluated in the add-on's pages through `AddonConsole` (statements, to put at the
 * start of a function body): what a user's hands do, as the DOM events a click and typing fire —
 * React sees a value only through the prototype's setter and an `input` event.
 */
export const HANDS = `
  const byText = (selector, text) => [...document.querySelectorAll(selector)].find((el) => (el.getAttribute('aria-label') ?? el.textContent ?? '').trim() === text);
  const field = (label) => { const l = [...document.querySelectorAll('label')].find((x) => x.textContent.trim().startsWith(label)); return l && (l.control ?? l.querySelector('input, textarea, select')); };
  const fill = (el, value) => { const proto = el instanceof HTMLTextAreaElement ? HTMLTextAreaElement.prototype : HTMLInputElement.prototype; Object.getOwnPropertyDescriptor(proto, 'value').set.call(el, value); el.dispatchEvent(new Event('input', { bubbles: true })); el.dispatchEvent(new Event('change', { bubbles: true })); };
  const click = (el) => { if (!el) throw new Error('nothing to click'); el.click(); return true; };
`;

/**
 * A minimal client of Firefox's remote debugging protocol (the one about:debugging's "Inspect"
 * uses), to run code in the add-on's own documents — its background page, its sidebar, its options
 * page in a tab: WebDriver BiDi reaches web pages only and may not open moz-extension:// pages.
 * Start Firefox with `rdpPort` to use it.
 */
export class AddonConsole {
  private buffer = Buffer.alloc(0);
  private readonly waiters: Array<{ match(packet: Record<string, unknown>): boolean; resolve(packet: Record<string, unknown>): void }> = [];
  private consoleActor = '';
  private unclaimed: Array<Record<string, unknown>> = [];
  /** The add-on's live documents, as the watcher announces them: target actor → url and console. */
  private readonly documents = new Map<string, { url: string; consoleActor: string }>();

  private constructor(private readonly socket: Socket) {
    socket.on('data', (chunk: Buffer) => {
      this.buffer = Buffer.concat([this.buffer, chunk]);
      for (;;) {
        const colon = this.buffer.indexOf(0x3a);
        if (colon < 0) return;
        const length = Number(this.buffer.subarray(0, colon).toString());
        if (this.buffer.length < colon + 1 + length) return;
        const packet = JSON.parse(this.buffer.subarray(colon + 1, colon + 1 + length).toString('utf8')) as Record<string, unknown>;
        this.buffer = this.buffer.subarray(colon + 1 + length);
        const target = packet.target as { actor?: string; url?: string; consoleActor?: string } | undefined;
        if (packet.type === 'target-available-form' && target?.actor && target.consoleActor) this.documents.set(target.actor, { url: target.url ?? '', consoleActor: target.consoleActor });
        if (packet.type === 'target-destroyed-form' && target?.actor) this.documents.delete(target.actor);
        const index = this.waiters.findIndex((w) => w.match(packet));
        if (index >= 0) this.waiters.splice(index, 1)[0]?.resolve(packet);
        // An event can arrive in the same chunk as the reply that announces it, before anyone waits.
        else this.unclaimed.push(packet);
      }
    });
  }

  /** Connects to Firefox's debugger server and attaches to the add-on's background. */
  static async attach(port: number, addonId: string): Promise<AddonConsole> {
    const { connect } = await import('node:net');
    const socket = connect(port, '127.0.0.1');
    const client = new AddonConsole(socket);
    await client.next((p) => p.from === 'root' && 'applicationType' in p);
    const { addons } = (await client.request({ to: 'root', type: 'listAddons' })) as { addons: Array<{ id: string; actor: string }> };
    const addon = addons.find((a) => a.id === addonId);
    if (!addon) throw new Error(`Add-on ${addonId} is not installed`);
    // The descriptor's watcher announces the add-on's documents; the background page is the target.
    const { actor: watcher } = (await client.request({ to: addon.actor, type: 'getWatcher' })) as { actor: string };
    const background = client.next((p) => p.type === 'target-available-form' && /\/_generated_background_page\.html$/u.test(String((p.target as { url?: string } | undefined)?.url)));
    await client.request({ to: watcher, type: 'watchTargets', targetType: 'frame' });
    client.consoleActor = ((await background).target as { consoleActor: string }).consoleActor;
    return client;
  }

  private next(match: (packet: Record<string, unknown>) => boolean, timeoutMs = 15_000): Promise<Record<string, unknown>> {
    const early = this.unclaimed.findIndex(match);
    if (early >= 0) return Promise.resolve(this.unclaimed.splice(early, 1)[0]!);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('No answer from Firefox’s debugger server')), timeoutMs);
      this.waiters.push({ match, resolve: (p) => (clearTimeout(timer), resolve(p)) });
    });
  }

  private async request(packet: { to: string; type: string } & Record<string, unknown>): Promise<Record<string, unknown>> {
    // Replies carry no `type`; events (evaluation results, targets) do.
    const answer = this.next((p) => p.from === packet.to && !('type' in p));
    const body = Buffer.from(JSON.stringify(packet), 'utf8');
    this.socket.write(`${body.length}:`);
    this.socket.write(body);
    const reply = await answer;
    if (reply.error) throw new Error(`${String(reply.error)}: ${String(reply.message)}`);
    return reply;
  }

  /** The console of the add-on's newest document whose path is `page` (e.g. "sidepanel.html"). */
  async documentConsole(page: string, timeoutMs = 15_000): Promise<string> {
    for (const deadline = Date.now() + timeoutMs; ; await new Promise((r) => setTimeout(r, 100))) {
      const found = [...this.documents.values()].reverse().find((d) => new URL(d.url).pathname === `/${page}`);
      if (found) return found.consoleActor;
      if (Date.now() > deadline) throw new Error(`The add-on has no ${page} open`);
    }
  }

  /**
   * Runs an expression in the background page, or in the add-on's `page` (sidepanel.html,
   * options.html); a promise is awaited. Returns its JSON value.
   */
  async evaluate<T>(expression: string, page?: string): Promise<T> {
    const consoleActor = page ? await this.documentConsole(page) : this.consoleActor;
    const key = `__riposteTest${Math.random().toString(36).slice(2)}`;
    // A value JSON cannot hold (a DOM node, a cycle) comes back as its string form.
    const settled = `Promise.resolve((async () => (${expression}))()).then((v) => { try { globalThis.${key} = JSON.stringify({ v: v === undefined ? null : v }); } catch { globalThis.${key} = JSON.stringify({ v: String(v) }); } }, (e) => { globalThis.${key} = JSON.stringify({ e: String(e) }); }); 0`;
    await this.run(settled, consoleActor);
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; await new Promise((r) => setTimeout(r, 100))) {
      const raw = await this.run(`globalThis.${key} ?? ''`, consoleActor);
      if (typeof raw === 'string' && raw) {
        const parsed = JSON.parse(raw) as { v?: T; e?: string };
        if (parsed.e !== undefined) throw new Error(parsed.e);
        return parsed.v as T;
      }
    }
    throw new Error(`No result from the background for ${expression}`);
  }

  private async run(text: string, consoleActor: string): Promise<unknown> {
    const { resultID } = (await this.request({ to: consoleActor, type: 'evaluateJSAsync', text })) as { resultID: string };
    const result = await this.next((p) => p.type === 'evaluationResult' && p.resultID === resultID);
    if (result.exceptionMessage) throw new Error(String(result.exceptionMessage));
    return result.result;
  }

  close(): void {
    this.socket.destroy();
  }
}
