"""Datadog API v2."""
