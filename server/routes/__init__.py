"""The API's routers, one per resource (mounted under /api/v1 by server/app.py)."""

from __future__ import annotations
