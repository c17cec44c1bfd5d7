"""Kios3in1: offline-capable kiosk for Indonesian job centres (BLK and LPK)."""

__version__ = "0.1.0"
