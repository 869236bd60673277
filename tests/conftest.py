"""Test settings shared by the whole suite."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

# Reports are large objects: generating one takes a while, and CI machines are slow and shared.
settings.register_profile(
    "project", deadline=None, max_examples=60, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("project")
