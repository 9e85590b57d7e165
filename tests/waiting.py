"""Waiting for a real Celery worker, which runs in another thread with its own transaction."""

import time


def wait_until(condition, *, timeout=30, what="the condition"):
    """Poll `condition` until it is true; fail the test with `what` after `timeout` seconds."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.1)
    raise AssertionError(f"timed out after {timeout} s waiting for {what}")
