/**
 * What `npm test` needs from the machine and how it gets what is missing. Pure: the probing (file system,
 * PATH, user id) is done by `probe.ts` and passed in, so the choice is unit-tested without touching the machine.
 */

/** A program the tests use, where to look for it, and the Debian packages that bring it. */
export interface Tool {
  id: 'chromium' | 'libreoffice' | 'poppler' | 'postgresql';
  label: string;
  /** Without it the run cannot go on (Chromium drives every e2e test); optional tools skip their tests. */
  required: boolean;
  /** Absolute paths checked in order (the first that exists wins). */
  paths: string[];
  /** Program names looked up on PATH. */
  commands: string[];
  debianPackages: string[];
  /**
   * Files of which one must sit beside the program (resolved through symlinks) for it to be usable: LibreOffice's
   * `soffice` stays behind when only Writer is removed, and then converts nothing.
   */
  companions?: string[];
  /** What to run elsewhere (a laptop with network, another OS). */
  elsewhere: string;
}

export interface Machine {
  env: Record<string, string | undefined>;
  /** Root (uid 0): apt-get can run without sudo. */
  isRoot: boolean;
  /** /etc/debian_version exists and apt-get is on PATH. */
  hasApt: boolean;
  exists(path: string): boolean;
  /** The path with every symlink resolved (the path itself when it cannot be resolved). */
  realpath(path: string): string;
  /** The absolute path of a command on PATH, or undefined. */
  which(command: string): string | undefined;
  /** Where Playwright keeps the Chromium it downloads (`npx playwright install chromium`), if known. */
  playwrightChromium?: string;
}

export type Finding =
  { tool: Tool; found: string } | { tool: Tool; install: 'apt'; packages: string[] } | { tool: Tool; missing: string };

export const TOOLS: Tool[] = [
  {
    id: 'chromium',
    label: 'Chromium',
    required: true,
    paths: [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/Applications/Chromium.app/Contents/MacOS/Chromium',
    ],
    commands: ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable'],
    // Chromium paints nothing without a font; Noto brings the Arabic and Latin ones.
    debianPackages: ['chromium', 'fonts-noto-core', 'fonts-dejavu-core'],
    elsewhere: 'npx playwright install chromium   (or set CHROMIUM_PATH to an installed Chrome or Chromium)',
  },
  {
    id: 'libreoffice',
    label: 'LibreOffice Writer',
    required: false,
    paths: ['/usr/bin/soffice', '/usr/local/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'],
    commands: ['soffice'],
    debianPackages: ['libreoffice-writer'],
    // Writer's own library (Linux, macOS, Windows names); without it soffice cannot open or write a DOCX.
    companions: ['libswlo.so', '../Frameworks/libswlo.dylib', 'swlo.dll'],
    elsewhere: 'install LibreOffice (https://www.libreoffice.org) so that `soffice` is on PATH',
  },
  {
    id: 'poppler',
    label: 'poppler (pdftoppm)',
    required: false,
    paths: ['/usr/bin/pdftoppm', '/usr/local/bin/pdftoppm', '/opt/homebrew/bin/pdftoppm'],
    commands: ['pdftoppm'],
    debianPackages: ['poppler-utils'],
    elsewhere: "install poppler (`brew install poppler`, or your system's poppler-utils package)",
  },
  {
    // The team server's tests start a throwaway cluster with initdb/pg_ctl (not on Debian's PATH); pg_trgm is in contrib.
    id: 'postgresql',
    label: 'PostgreSQL (initdb, pg_ctl, pg_trgm)',
    required: false,
    paths: [
      '/usr/lib/postgresql/17/bin/initdb',
      '/usr/lib/postgresql/16/bin/initdb',
      '/usr/lib/postgresql/15/bin/initdb',
      '/opt/homebrew/bin/initdb',
      '/usr/local/bin/initdb',
    ],
    commands: ['initdb'],
    debianPackages: ['postgresql', 'postgresql-contrib'],
    elsewhere:
      'install PostgreSQL 15 or later with its contrib modules (`brew install postgresql@15`) so that `initdb` is found',
  },
];

function dirname(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 0 ? '/' : p.slice(0, i);
}

/** Where a tool is on this machine, or how to get it. */
export function findTool(tool: Tool, machine: Machine): Finding {
  if (tool.id === 'chromium') {
    const configured = machine.env.CHROMIUM_PATH;
    if (configured) {
      return machine.exists(configured)
        ? { tool, found: configured }
        : { tool, missing: `CHROMIUM_PATH is ${configured}, which does not exist` };
    }
  }
  let incomplete: string | undefined;
  const usable = (p: string): boolean => {
    if (!tool.companions) return true;
    const dir = dirname(machine.realpath(p));
    if (tool.companions.some((c) => machine.exists(`${dir}/${c}`))) return true;
    incomplete = p;
    return false;
  };
  for (const p of tool.paths) if (machine.exists(p) && usable(p)) return { tool, found: p };
  for (const c of tool.commands) {
    const p = machine.which(c);
    if (p && usable(p)) return { tool, found: p };
  }
  if (tool.id === 'chromium' && machine.playwrightChromium && machine.exists(machine.playwrightChromium)) {
    return { tool, found: machine.playwrightChromium };
  }
  if (machine.isRoot && machine.hasApt) return { tool, install: 'apt', packages: tool.debianPackages };
  const how = machine.hasApt ? `sudo apt-get install ${tool.debianPackages.join(' ')}` : tool.elsewhere;
  const what = incomplete
    ? `${tool.label} is incomplete (${incomplete} is there, its companion files are not)`
    : `${tool.label} not found`;
  return { tool, missing: `${what}; get it with: ${how}` };
}

export interface Plan {
  findings: Finding[];
  /** Debian packages to install with one apt-get call (root on Debian only). */
  aptPackages: string[];
  /** Lines to print before stopping: a required tool is missing and cannot be installed here. */
  stop: string[];
  /** Lines to print and go on: optional tools missing, their tests skip. */
  warnings: string[];
}

export function planTools(machine: Machine, tools: Tool[] = TOOLS): Plan {
  const findings = tools.map((t) => findTool(t, machine));
  const aptPackages = findings.flatMap((f) => ('install' in f ? f.packages : []));
  const stop: string[] = [];
  const warnings: string[] = [];
  for (const f of findings) {
    if (!('missing' in f)) continue;
    if (f.tool.required) stop.push(f.missing);
    else warnings.push(`${f.missing} (its tests are skipped until then)`);
  }
  return { findings, aptPackages, stop, warnings };
}
