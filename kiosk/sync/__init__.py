"""Sync with the central server: outbox reader, HTTP client, bundles, protocol schemas.

Qt-free. It reads :class:`kiosk.store.models.OutboxEvent` rows in ``seq`` order and marks
them acknowledged; the services already write every change and its outbox event together.
"""
