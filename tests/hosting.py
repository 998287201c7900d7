"""Real processes for the hosting tests: `cli.py serve`, Caddy and nginx on loopback ports, Chromium.

Every process is started with its output in a log file and stopped by its own id when the test ends.
"""

from __future__ import annotations

import http.server
import os
import shutil
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CADDY = "/usr/bin/caddy"
NGINX = "/usr/sbin/nginx"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
START_SECONDS = 60
PASSWORD = "correct horse battery staple"
"""The test account's password: fed to `cli.py users add` on standard input, as a script would."""


def free_port() -> int:
    """Return a TCP port nobody listens on right now."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class Running:
    """A started process, its log file, and the address it answers on (http://127.0.0.1:PORT)."""

    process: subprocess.Popen
    log_path: Path
    url: str

    def log(self, characters: int = 4000) -> str:
        """Return the end of the process's output, for failure messages."""
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")[-characters:]
        except OSError:
            return "(no log)"


def fetch(
    url: str,
    *,
    method: str = "GET",
    data: bytes | None = None,
    headers: Mapping[str, str] | None = None,
    timeout: float = 10,
) -> tuple[int, dict, bytes]:
    """Return (status, headers with lower-case names, body) of a request; error statuses are returned, not raised."""
    request = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, {k.lower(): v for k, v in response.headers.items()}, response.read()
    except urllib.error.HTTPError as error:
        return error.code, {k.lower(): v for k, v in error.headers.items()}, error.read()


def wait_answering(running: Running, path: str = "/_stcore/health", seconds: float = START_SECONDS) -> None:
    """Wait until the process answers 200 on the path; raise with its log when it exits or stays silent."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if running.process.poll() is not None:
            raise RuntimeError(f"exited with {running.process.returncode}:\n{running.log()}")
        try:
            if fetch(running.url + path, timeout=2)[0] == 200:
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        time.sleep(0.25)
    raise RuntimeError(f"{running.url}{path} did not answer within {seconds} s:\n{running.log()}")


def nginx_command(prefix: Path) -> list[str]:
    """Return the command line that runs nginx from a prefix folder holding its nginx.conf and logs/."""
    return [
        NGINX,
        "-p",
        str(prefix),
        "-e",
        str(prefix / "logs" / "error.log"),
        "-c",
        str(prefix / "nginx.conf"),
    ]


def stop(process: subprocess.Popen) -> None:
    """Stop one process we started (terminate, then kill), and reap it."""
    if process.poll() is not None:
        return
    process.terminate()
    try:
        process.wait(timeout=10)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(timeout=10)


@contextmanager
def started(
    command: Sequence[str],
    log_path: Path,
    url: str,
    *,
    env: Mapping[str, str],
    cwd: Path = ROOT,
    ready_path: str | None = "/_stcore/health",
) -> Iterator[Running]:
    """Start a process, wait until it answers on ready_path (None: do not wait), and stop it at the end."""
    with open(log_path, "wb") as log:
        process = subprocess.Popen(
            list(command),
            cwd=cwd,
            env=dict(env),
            stdout=log,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
        )
    running = Running(process, log_path, url)
    try:
        if ready_path is not None:
            wait_answering(running, ready_path)
        yield running
    finally:
        stop(process)


def cli_env(store: Path, **extra: str) -> dict[str, str]:
    """Return the environment for running cli.py on a store (no debug, no inherited open mode or public URL)."""
    env = {
        k: v
        for k, v in os.environ.items()
        if k not in ("GOALPOST_DEBUG", "GOALPOST_OPEN", "GOALPOST_PUBLIC_URL")
        and not k.startswith("STREAMLIT_")
    }
    return {**env, "GOALPOST_STORE": str(store), "PYTHONUNBUFFERED": "1", **extra}


def add_account(store: Path, email: str, role: str = "admin") -> None:
    """Create a password account with `cli.py users add`, the password on standard input."""
    run = subprocess.run(
        [sys.executable, str(ROOT / "cli.py"), "users", "add", email, "--role", role],
        input=PASSWORD + "\n",
        capture_output=True,
        text=True,
        env=cli_env(store),
        cwd=ROOT,
        timeout=120,
    )
    assert run.returncode == 0, run.stderr


@contextmanager
def goalpost_serve(folder: Path, store: Path, *args: str, address: str = "127.0.0.1") -> Iterator[Running]:
    """Run `cli.py serve` on a free port (address as given) until the block ends."""
    port = free_port()
    command = [
        sys.executable,
        str(ROOT / "cli.py"),
        "serve",
        "--port",
        str(port),
        "--address",
        address,
        *args,
    ]
    with started(
        command, folder / f"serve-{port}.log", f"http://127.0.0.1:{port}", env=cli_env(store)
    ) as running:
        yield running


@contextmanager
def caddy(folder: Path, upstream: str, ready_path: str | None = "/_stcore/health") -> Iterator[Running]:
    """Run deploy/Caddyfile as shipped, plain HTTP on a loopback port, admin endpoint off, in front of upstream."""
    port = free_port()
    site = f"http://127.0.0.1:{port}"
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        # Caddy keeps certificates and its autosave under these; a test leaves nothing in the real home.
        "HOME": str(folder),
        "XDG_DATA_HOME": str(folder / "caddy-data"),
        "XDG_CONFIG_HOME": str(folder / "caddy-config"),
        "GOALPOST_SITE": site,
        "GOALPOST_UPSTREAM": upstream.removeprefix("http://"),
        "GOALPOST_BIND": "127.0.0.1",
        "GOALPOST_CADDY_ADMIN": "off",
    }
    command = [CADDY, "run", "--config", str(ROOT / "deploy" / "Caddyfile"), "--adapter", "caddyfile"]
    with started(command, folder / "caddy.log", site, env=env, cwd=folder, ready_path=ready_path) as running:
        yield running


@contextmanager
def nginx(
    folder: Path, upstream: str, ready_path: str | None = "/_stcore/health", *, upstream_block: bool = True
) -> Iterator[Running]:
    """Run deploy/nginx/goalpost-proxy.conf (the shipped locations and headers) in a plain-HTTP test server.

    upstream_block=False leaves out the `goalpost` upstream, for a test whose goalpost-http.conf has its own.
    """
    port = free_port()
    prefix = folder / "nginx"
    for sub in ("logs", "temp"):
        (prefix / sub).mkdir(parents=True, exist_ok=True)
    proxy_conf = ROOT / "deploy" / "nginx" / "goalpost-proxy.conf"
    # The shipped site file adds TLS on 443 and the redirect from 80; this test server keeps everything else.
    # Run as root (as in CI), workers would switch to "nobody", who cannot enter the test's private folder.
    user = "user root;" if os.geteuid() == 0 else ""
    (prefix / "nginx.conf").write_text(
        f"""daemon off;
{user}
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
worker_processes 1;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/temp/body;
    proxy_temp_path {prefix}/temp/proxy;
    fastcgi_temp_path {prefix}/temp/fastcgi;
    uwsgi_temp_path {prefix}/temp/uwsgi;
    scgi_temp_path {prefix}/temp/scgi;
    include {ROOT / "deploy" / "nginx" / "goalpost-http.conf"};
    {f"upstream goalpost {{ server {upstream.removeprefix('http://')}; }}" if upstream_block else ""}
    server {{
        listen 127.0.0.1:{port} default_server;
        server_name _;
        return 444;
    }}
    server {{
        listen 127.0.0.1:{port};
        server_name 127.0.0.1;
        include {proxy_conf};
    }}
}}
""",
        encoding="utf-8",
    )
    command = nginx_command(prefix)
    with started(
        command,
        folder / "nginx.log",
        f"http://127.0.0.1:{port}",
        env={"PATH": os.environ.get("PATH", "")},
        ready_path=ready_path,
    ) as running:
        yield running


@contextmanager
def framing_site(folder: Path, targets: Mapping[str, str]) -> Iterator[str]:
    """Serve one page per target on another loopback origin, each showing the target in an <iframe>.

    Yields the site's address; /NAME.html frames targets[NAME].
    """
    site = folder / "framing-site"
    site.mkdir(exist_ok=True)
    for name, target in targets.items():
        (site / f"{name}.html").write_text(
            f"<!doctype html><title>{name}</title><h1>Another site</h1>"
            f'<iframe id="framed" src="{target}" width="1200" height="800"></iframe>',
            encoding="utf-8",
        )
    handler = partial(QuietHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=10)


class QuietHandler(http.server.SimpleHTTPRequestHandler):
    """A static file handler that does not write every request to the test output."""

    def log_message(self, format, *args):  # noqa: A002 - the base class's signature
        pass


def have(executable: str) -> bool:
    """Return True when the executable is installed."""
    return Path(executable).exists() or shutil.which(executable) is not None


SITE_NAME = "goalpost.example.org"
"""The name deploy/nginx/goalpost.conf is written for (the README says to replace it)."""


def self_signed_certificate(folder: Path, name: str) -> tuple[Path, Path]:
    """Write a throwaway certificate and key for a name; return (certificate path, key path)."""
    import datetime

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - datetime.timedelta(minutes=5))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.DNSName(name)]), critical=False)
        .sign(key, hashes.SHA256())
    )
    cert_path, key_path = folder / "fullchain.pem", folder / "privkey.pem"
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption()
        )
    )
    return cert_path, key_path


@dataclass
class NginxSite:
    """deploy/nginx/goalpost.conf running on loopback ports: plain HTTP, HTTPS, and its access log."""

    http_port: int
    https_port: int
    access_log: Path


@contextmanager
def nginx_site(folder: Path, upstream: str) -> Iterator[NginxSite]:
    """Run the shipped site file with TLS, its ports moved to loopback and its paths into the test folder.

    Every replaced line must be found in the file as shipped, so a changed example fails here loudly.
    """
    prefix = folder / "nginx-site"
    for sub in ("logs", "temp", "webroot"):
        (prefix / sub).mkdir(parents=True, exist_ok=True)
    cert, key = self_signed_certificate(prefix, SITE_NAME)
    http_port, https_port = free_port(), free_port()
    access_log = prefix / "logs" / "goalpost.access.log"
    deploy = ROOT / "deploy" / "nginx"
    site = (deploy / "goalpost.conf").read_text(encoding="utf-8")
    replacements = {
        "server 127.0.0.1:8501;": f"server {upstream.removeprefix('http://')};",
        "listen 80 default_server;": f"listen 127.0.0.1:{http_port} default_server;",
        "listen 443 ssl default_server;": f"listen 127.0.0.1:{https_port} ssl default_server;",
        "listen 80;": f"listen 127.0.0.1:{http_port};",
        "listen 443 ssl http2;": f"listen 127.0.0.1:{https_port} ssl http2;",
        f"/etc/letsencrypt/live/{SITE_NAME}/fullchain.pem": str(cert),
        f"/etc/letsencrypt/live/{SITE_NAME}/privkey.pem": str(key),
        "include snippets/goalpost-proxy.conf;": f"include {deploy / 'goalpost-proxy.conf'};",
        "/var/log/nginx/goalpost.access.log": str(access_log),
        "root /var/www/html;": f"root {prefix / 'webroot'};",
    }
    for shipped, local in replacements.items():
        assert shipped in site, f"deploy/nginx/goalpost.conf no longer has {shipped!r}"
        site = site.replace(shipped, local)
    # The test binds loopback IPv4 only.
    site = "\n".join(line for line in site.splitlines() if "listen [::]:" not in line)
    (prefix / "goalpost.conf").write_text(site, encoding="utf-8")
    user = "user root;" if os.geteuid() == 0 else ""
    (prefix / "nginx.conf").write_text(
        f"""daemon off;
{user}
pid {prefix}/nginx.pid;
error_log {prefix}/logs/error.log warn;
worker_processes 1;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {prefix}/temp/body;
    proxy_temp_path {prefix}/temp/proxy;
    fastcgi_temp_path {prefix}/temp/fastcgi;
    uwsgi_temp_path {prefix}/temp/uwsgi;
    scgi_temp_path {prefix}/temp/scgi;
    include {deploy / "goalpost-http.conf"};
    include {prefix / "goalpost.conf"};
}}
""",
        encoding="utf-8",
    )
    command = nginx_command(prefix)
    with started(
        command,
        folder / "nginx-site.log",
        f"http://127.0.0.1:{http_port}",
        env={"PATH": os.environ.get("PATH", "")},
        ready_path=None,
    ) as running:
        wait_listening(running, https_port)
        yield NginxSite(http_port, https_port, access_log)


def wait_listening(running: Running, port: int, seconds: float = START_SECONDS) -> None:
    """Wait until something accepts TCP connections on 127.0.0.1:port; raise with the log if the process ends."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if running.process.poll() is not None:
            raise RuntimeError(f"exited with {running.process.returncode}:\n{running.log()}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing listens on 127.0.0.1:{port} after {seconds} s:\n{running.log()}")


def raw_get(
    port: int, host: str, path: str = "/", *, server_name: str | None = None
) -> tuple[int, dict, bytes]:
    """Return (status, headers, body) of a GET to 127.0.0.1:port with this Host (over TLS with this SNI name,
    certificate not checked: the test checks nginx, not the throwaway certificate)."""
    import http.client
    import ssl

    raw = socket.create_connection(("127.0.0.1", port), timeout=10)
    try:
        if server_name is not None:
            context = ssl.create_default_context()
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
            raw = context.wrap_socket(raw, server_hostname=server_name)
        raw.sendall(f"GET {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        response = http.client.HTTPResponse(raw)
        response.begin()
        return response.status, {k.lower(): v for k, v in response.getheaders()}, response.read()
    finally:
        raw.close()
