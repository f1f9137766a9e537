// Installing a Debian package for a missing browser, when this user can (root, or password-less sudo).
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/** Runs `apt-get install -y <pkg>` when possible; answers false when this machine or user cannot. */
export function aptInstall(pkg) {
  const isRoot = process.getuid?.() === 0;
  let canSudo = false;
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
    canSudo = true;
  } catch {}
  if (!existsSync('/usr/bin/apt-get') || !(isRoot || canSudo)) return false;
  console.log(`${pkg} is missing: installing Debian's ${pkg} package (apt-get install -y ${pkg})…`);
  const run = (args) => execFileSync(isRoot ? args[0] : 'sudo', isRoot ? args.slice(1) : ['-n', ...args], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  try {
    run(['apt-get', 'update', '-qq']);
    run(['apt-get', 'install', '-y', '-qq', pkg]);
    return true;
  } catch (error) {
    console.error(`apt-get install ${pkg} failed: ${error.message}`);
    return false;
  }
}

/** The browser `find` finds, after installing Debian's `pkg` when it is missing and this user can. */
export function findOrInstall(find, pkg) {
  return find() ?? (aptInstall(pkg) ? find() : undefined);
}
