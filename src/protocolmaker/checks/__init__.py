"""Consistency rules over the config and the rendered documents (`protocolmaker check`)."""

from protocolmaker.checks.engine import Finding, Rule, catalog, run_checks

__all__ = ["Finding", "Rule", "catalog", "run_checks"]
