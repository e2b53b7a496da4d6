"""steuerung — Steuerung kommunaler Strategie- und Integrationsprozesse im Terminal."""

__version__ = "0.1.0"
