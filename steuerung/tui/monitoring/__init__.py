"""Integrationsmonitoring and Masterplan screens (issue 18)."""
