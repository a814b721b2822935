// What a simulated container's file system starts with, by kind of image: the files a tenant
// looks at first in a real one (os-release, the server's config, its data directory), small and
// believable. The binaries in /bin are placeholders so `ls /bin` and `command -v` tell the truth
// about which commands the simulated shell runs.
import { type ImageKind, imageTag } from "./imageKind.ts";

export interface ImageFacts {
  kind: ImageKind;
  image: string;
  service: string;
  pod: string;
  port: number;
}

/** Alpine-based images ship busybox sh, not bash. */
export const hasBash = (image: string): boolean => !/alpine/i.test(imageTag(image));

const DEBIAN =
  'PRETTY_NAME="Debian GNU/Linux 12 (bookworm)"\nNAME="Debian GNU/Linux"\nVERSION_ID="12"\nID=debian\n';
const ALPINE = 'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.20.3\nPRETTY_NAME="Alpine Linux v3.20"\n';

function kindFiles(f: ImageFacts): Record<string, string> {
  switch (f.kind) {
    case "nginx":
      return {
        "/etc/nginx/nginx.conf": `user  nginx;\nworker_processes  auto;\nerror_log  /var/log/nginx/error.log notice;\npid        /run/nginx.pid;\nevents {\n    worker_connections  1024;\n}\nhttp {\n    include       /etc/nginx/mime.types;\n    sendfile        on;\n    keepalive_timeout  65;\n    include /etc/nginx/conf.d/*.conf;\n}\n`,
        "/etc/nginx/conf.d/default.conf": `server {\n    listen       ${f.port};\n    server_name  localhost;\n    location / {\n        root   /usr/share/nginx/html;\n        index  index.html index.htm;\n    }\n}\n`,
        "/usr/share/nginx/html/index.html": `<!DOCTYPE html>\n<html>\n<head><title>Welcome to nginx!</title></head>\n<body><h1>Welcome to nginx!</h1></body>\n</html>\n`,
        "/var/log/nginx/": "",
      };
    case "postgres":
      return {
        "/var/lib/postgresql/data/PG_VERSION": "16\n",
        "/var/lib/postgresql/data/postgresql.conf":
          "listen_addresses = '*'\nmax_connections = 100\nshared_buffers = 128MB\n",
      };
    case "redis":
      return {
        "/data/": "",
        "/usr/local/etc/redis/redis.conf": "bind 0.0.0.0\nprotected-mode no\nport 6379\n",
      };
    case "ollama":
      return {
        "/root/.ollama/models/manifests/": "",
        "/root/.ollama/id_ed25519.pub":
          "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGxvY2FsbmV0LW9sbGFtYQ localnet\n",
      };
    case "vllm":
    case "jupyter":
      return { "/workspace/README.md": `# ${f.service}\n\nWorking directory of ${f.image}.\n` };
    default:
      return { "/app/README.md": `# ${f.service}\n\nThis container runs ${f.image}.\n` };
  }
}

/** Commands the simulated shell runs, each with a placeholder in /bin. */
export const BIN = [
  "cat",
  "cd",
  "clear",
  "cp",
  "date",
  "df",
  "echo",
  "env",
  "false",
  "free",
  "head",
  "hostname",
  "id",
  "ls",
  "mkdir",
  "mv",
  "nproc",
  "printenv",
  "ps",
  "pwd",
  "rm",
  "seq",
  "sh",
  "stty",
  "tail",
  "touch",
  "tput",
  "true",
  "uname",
  "uptime",
  "wc",
  "which",
  "whoami",
] as const;

export function imageSeed(f: ImageFacts): Record<string, string> {
  const bins = [...BIN, ...(hasBash(f.image) ? ["bash"] : [])];
  return {
    "/etc/os-release": hasBash(f.image) ? DEBIAN : ALPINE,
    "/etc/hostname": `${f.pod}\n`,
    "/etc/hosts": `127.0.0.1\tlocalhost\n10.42.0.12\t${f.pod}\n`,
    "/etc/passwd":
      "root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\n",
    "/root/": "",
    "/tmp/": "",
    "/home/": "",
    "/var/log/": "",
    ...Object.fromEntries(
      bins.map((b) => [`/bin/${b}`, "\u007fELF (placeholder: this shell is simulated)\n"]),
    ),
    ...kindFiles(f),
  };
}
