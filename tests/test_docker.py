"""The Dockerfile: its package list checked everywhere; built and started only where a Docker daemon answers
(`docker info`), skipped elsewhere.

Started, the image must refuse to serve without sign-in, then serve with an account on the /data volume, as
a user other than root, and answer its health check.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import time
import uuid

import pytest
from hosting import PASSWORD, ROOT, fetch, free_port
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name

BUILD_SECONDS = 1800
START_SECONDS = 120


def docker_answers() -> bool:
    """Return True when the docker command is installed and its daemon answers."""
    if shutil.which("docker") is None:
        return False
    try:
        return subprocess.run(["docker", "info"], capture_output=True, timeout=30).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        return False


needs_docker = pytest.mark.skipif(
    not docker_answers(), reason="no Docker daemon answers `docker info` here: the Dockerfile is not tested"
)


def image_requirements() -> list[Requirement]:
    """Return the requirements the Dockerfile installs: its own sed command run on requirements.txt."""
    dockerfile = (ROOT / "Dockerfile").read_text(encoding="utf-8")
    found = re.search(r"sed -n '([^']+)' requirements\.txt", dockerfile)
    assert found, "the Dockerfile no longer picks the runtime packages with sed"
    picked = subprocess.run(
        ["sed", "-n", found.group(1), "requirements.txt"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    return [Requirement(line) for line in picked.stdout.splitlines() if line.strip()]


def test_the_image_installs_the_runtime_packages_and_everything_they_need_pinned():
    from importlib import metadata

    wanted = image_requirements()
    names = {canonicalize_name(r.name) for r in wanted}
    assert {"streamlit", "sqlalchemy", "authlib", "argon2-cffi"} <= names
    assert not names & {"pytest", "playwright", "ruff", "hypothesis"}, "test tools stay out of the image"
    assert all(str(r.specifier).startswith("==") for r in wanted)
    # What they depend on (as installed here) must be pinned in requirements.txt, the image's constraints.
    pinned = {
        canonicalize_name(Requirement(line).name)
        for line in (ROOT / "requirements.txt").read_text(encoding="utf-8").splitlines()
        if line.strip() and not line.startswith("#")
    }
    needed, todo = set(), list(wanted)
    while todo:
        requirement = todo.pop()
        name = canonicalize_name(requirement.name)
        if name in needed:
            continue
        needed.add(name)
        for text in metadata.requires(requirement.name) or []:
            dependency = Requirement(text)
            if dependency.marker is None or dependency.marker.evaluate({"extra": ""}):
                todo.append(dependency)
    assert sorted(needed - pinned) == []


def docker(*args: str, stdin: str | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    """Run one docker command; return the finished process (output as text)."""
    return subprocess.run(
        ["docker", *args], input=stdin, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.fixture(scope="module")
def image():
    """Build the image from the project folder; remove it at the end."""
    tag = f"goalpost-test:{uuid.uuid4().hex[:12]}"
    built = docker("build", "-t", tag, str(ROOT), timeout=BUILD_SECONDS)
    assert built.returncode == 0, built.stderr[-4000:]
    try:
        yield tag
    finally:
        docker("rmi", "-f", tag)


@pytest.fixture
def volume():
    """A fresh named volume for /data (it takes the image's ownership of /data); removed at the end."""
    name = f"goalpost-test-{uuid.uuid4().hex[:12]}"
    assert docker("volume", "create", name).returncode == 0
    try:
        yield name
    finally:
        docker("volume", "rm", "-f", name)


@needs_docker
def test_the_image_refuses_to_serve_without_sign_in(image, volume):
    run = docker("run", "--rm", "-v", f"{volume}:/data", image, timeout=START_SECONDS)
    assert run.returncode == 2
    assert "python cli.py users add EMAIL --role admin" in run.stderr
    assert "Traceback" not in run.stderr


@needs_docker
def test_the_image_serves_with_an_account_as_a_user_other_than_root(image, volume):
    add = docker(
        "run", "--rm", "-i", "-v", f"{volume}:/data", image,
        "python", "cli.py", "users", "add", "kari@example.no", "--role", "admin",
        stdin=PASSWORD + "\n", timeout=START_SECONDS,
    )  # fmt: skip
    assert add.returncode == 0, add.stderr
    port = free_port()
    name = f"goalpost-test-{uuid.uuid4().hex[:12]}"
    started = docker(
        "run", "-d", "--name", name, "-v", f"{volume}:/data", "-p", f"127.0.0.1:{port}:8501", image
    )
    assert started.returncode == 0, started.stderr
    try:
        deadline = time.monotonic() + START_SECONDS
        status = None
        while time.monotonic() < deadline and status != 200:
            try:
                status = fetch(f"http://127.0.0.1:{port}/_stcore/health", timeout=3)[0]
            except OSError:
                status = None
            if status != 200:
                time.sleep(1)
        assert status == 200, docker("logs", name).stderr[-4000:]
        assert docker("exec", name, "id", "-u").stdout.strip() not in ("", "0")
        assert docker("exec", name, "ls", "/data").stdout.split().count("goalpost.sqlite3") == 1
    finally:
        docker("rm", "-f", name)
