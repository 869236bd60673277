"""Sphinx configuration for the govinfo_report documentation (builds offline)."""

from __future__ import annotations

import sys
from pathlib import Path

import govinfo_report

sys.path.insert(0, str(Path(__file__).parent / "_ext"))

project = "govinfo_report"
author = "govinfo_report developers"
copyright = "2026, govinfo_report developers"
release = govinfo_report.__version__
version = release

extensions = [
    "sphinx.ext.autodoc",
    "sphinx.ext.napoleon",
    "sphinx.ext.viewcode",
    "govinfo_docs",
]

language = "zh_CN"
html_theme = "furo"
html_title = f"govinfo_report {release}"
html_static_path = ["_static"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": False}
napoleon_google_docstring = True
napoleon_numpy_docstring = False
napoleon_attr_annotations = True

# No intersphinx: the docs build offline, with warnings as errors.
exclude_patterns = ["_build"]
