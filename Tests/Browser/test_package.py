"""The release as a user gets it: scripts/package makes a tarball and a Debian
package; each runs `init` and `build --strict` in an empty folder with no Swift
toolchain on the library path, and says its version and commit."""
import os
import shutil
import subprocess
import tarfile
from pathlib import Path

import pytest

from conftest import ROOT

# Only what a machine without Swift has: no LD_LIBRARY_PATH, no toolchain on PATH.
CLEAN = {"PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin", "HOME": "/root", "LANG": "C.UTF-8"}


@pytest.fixture(scope="module")
def packages(tmp_path_factory):
    out = tmp_path_factory.mktemp("dist")
    result = subprocess.run(["bash", "scripts/package", str(out)], cwd=ROOT, capture_output=True, text=True, timeout=3000)
    assert result.returncode == 0, result.stderr[-3000:]
    tarball, deb = [Path(line) for line in result.stdout.split()]
    return tarball, deb


def run_release(binary: Path, folder: Path) -> None:
    version = subprocess.run([str(binary), "--version"], capture_output=True, text=True, env=CLEAN)
    expected = (ROOT / "VERSION").read_text().strip()
    assert version.returncode == 0 and version.stdout.startswith(expected + " (commit "), version.stdout + version.stderr
    linked = subprocess.run(["ldd", str(binary)], capture_output=True, text=True).stdout
    assert "not found" not in linked and "swift" not in linked.lower(), linked
    assert "libmimalloc.so" in linked, linked  # the allocator the release is measured with
    # ... and the one its memory comes from (mimalloc says how much it handed out, none when the C library's answers).
    stats = subprocess.run([str(binary), "--version"], capture_output=True, text=True, env={**CLEAN, "MIMALLOC_SHOW_STATS": "1"})
    touched = [line.split() for line in stats.stderr.splitlines() if line.strip().startswith("touched:")]
    assert touched and touched[0][1] != "0", stats.stderr
    site = folder / "site"
    made = subprocess.run([str(binary), "init", str(site)], capture_output=True, text=True, env=CLEAN, cwd=folder)
    assert made.returncode == 0, made.stderr
    built = subprocess.run([str(binary), "build", "--strict", "--site", str(site)], capture_output=True, text=True, env=CLEAN)
    assert built.returncode == 0, built.stderr
    assert (site / "public" / "index.html").exists() and (site / "public" / "en" / "index.html").exists()


def test_the_tarball_runs_init_and_build_without_swift(packages, tmp_path):
    tarball, _ = packages
    with tarfile.open(tarball) as archive:
        tops = {member.name.split("/")[0] for member in archive.getmembers()}
        assert tops == {tarball.name.removesuffix(".tar.gz")}
        archive.extractall(tmp_path / "unpacked", filter="data")
    binary = tmp_path / "unpacked" / tarball.name.removesuffix(".tar.gz") / "bin" / "playbook"
    run_release(binary, tmp_path)
    print(f"tarball: {tarball.stat().st_size / 1e6:.1f} MB")


@pytest.mark.skipif(os.geteuid() != 0 or shutil.which("dpkg") is None, reason="installs a package: root and dpkg")
def test_the_deb_installs_and_runs_init_and_build(packages, tmp_path):
    _, deb = packages
    fields = subprocess.run(["dpkg-deb", "--field", str(deb), "Package", "Depends"], capture_output=True, text=True).stdout
    assert "Package: playbook" in fields and "libcmark" in fields and "libmimalloc" in fields and "libc6" in fields, fields
    installed = subprocess.run(["dpkg", "-i", str(deb)], capture_output=True, text=True)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    try:
        run_release(Path("/usr/bin/playbook"), tmp_path)
    finally:
        subprocess.run(["dpkg", "-r", "playbook"], capture_output=True)
    print(f"deb: {deb.stat().st_size / 1e6:.1f} MB")
