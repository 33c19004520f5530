"""The wheel carries rules/ and data/: installed into a fresh venv away from the checkout, packs load."""
import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(not (ROOT / "pyproject.toml").exists(), reason="needs the source checkout to build a wheel")
def test_wheel_installs_and_loads_bundled_packs_away_from_checkout(tmp_path):
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(ROOT)], check=True)
    wheel = next(wheels.glob("tradecompliance-*.whl"))
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    py = venv / "bin" / "python"
    # Dependencies come from the test environment (no network); the package itself only from the wheel.
    site = subprocess.run([str(py), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"], capture_output=True, text=True, check=True).stdout.strip()
    Path(site, "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    subprocess.run([str(py), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall", str(wheel)], check=True)

    away = tmp_path / "elsewhere"
    away.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    probe = "import tradecompliance as tc, tradecompliance._paths as p; r = tc.load_rules(); print(tc.__file__); print(p.rules_dir()); print(sorted(r.packs)); print(tc.classify('Stainless steel chain necklace').top.hs6)"
    out = subprocess.run([str(py), "-c", probe], cwd=away, env=env, capture_output=True, text=True, check=True).stdout.splitlines()
    assert out[0].startswith(site), out  # imported from the wheel, not the checkout
    assert out[1].startswith(site) and out[1].endswith("_bundled/rules")
    assert "eu" in out[2]
    assert out[3] == "711719"  # the classification knowledge ships in the wheel too
    cli = subprocess.run([str(venv / "bin" / "tradecompliance"), "rules", "validate"], cwd=away, env=env, capture_output=True, text=True)
    assert cli.returncode == 0, cli.stderr
    assert cli.stdout.startswith("ok:")
    assert list((Path(site) / "tradecompliance" / "_bundled" / "data").iterdir())
