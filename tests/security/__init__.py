"""Attacks on the kiosk and the server, each asserting it is refused and nothing changed."""
