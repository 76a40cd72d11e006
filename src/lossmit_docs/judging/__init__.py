"""The judging phase of the service."""
