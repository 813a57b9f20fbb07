"""Packaging beyond pyproject.toml: the wheel carries the sample practice, for `playbook init --sample`.

The sample (mkdocs.yml, content/, plans/) lives at the top of this repository, where it is
the demo and the test fixture; building a wheel copies it into playbook/starter/sample/.
"""

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

HERE = Path(__file__).resolve().parent
SAMPLE = ("mkdocs.yml", "content", "plans")


class BuildWithSample(build_py):
    def run(self):
        super().run()
        target = Path(self.build_lib) / "playbook" / "starter" / "sample"
        for part in SAMPLE:
            source = HERE / part
            if source.is_dir():
                shutil.copytree(source, target / part, dirs_exist_ok=True, ignore=shutil.ignore_patterns("__pycache__", ".*"))
            elif source.is_file():
                target.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target / part)


setup(cmdclass={"build_py": BuildWithSample})
