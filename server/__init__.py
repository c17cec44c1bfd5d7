"""Reference central server of Kios3in1 (implements the sync protocol; see issue "Sync")."""

__version__ = "0.1.0"
