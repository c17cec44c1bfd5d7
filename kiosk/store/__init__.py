"""Local SQLite store: models, engine set-up, single-process lock, migrations and backups."""
