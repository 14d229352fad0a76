"""`python -m realtimeregister_process_client receive`: the receiver runs alone with uvicorn from one command, and a
signed notification posted to it over HTTP is recorded in the tracker's store."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx
from asyncstatus_core.track_store import open_store
from providers import PROVIDERS

from .support import pushed

SCOPE = "realtimeregister_process_client"
KEY = "portal-shared-key-5e2f"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_receive_serves_the_route_and_records_a_signed_notification(tmp_path: Path) -> None:
    path = tmp_path / "track.db"
    store = open_store(f"sqlite:///{path}")
    store.add(SCOPE, [("46069000", {})], deadline_at=None)
    store.close()
    body = json.dumps(
        {
            "id": 9,
            "fireDate": "2026-03-14T11:02:03Z",
            "message": "FAKE_MESSAGE",
            "process": 46069000,
            "eventType": "FAKE_EVENT_TYPE",
            "subjectStatus": "COMPLETED",
            "notificationType": "FAKE_NOTIFICATION_TYPE",
            "isAsync": True,
        }
    ).encode()
    signature = base64.b64encode(hmac.new(KEY.encode(), body, hashlib.sha256).digest()).decode()
    port = free_port()
    env = {**os.environ, "PYTHONPATH": PROVIDERS["realtimeregister"].pythonpath, "REALTIMEREGISTER_PUSH_KEY": KEY}
    command = [sys.executable, "-m", "realtimeregister_process_client", "receive", "--port", str(port)]
    command += ["--path", "/rr/push", "--store", f"sqlite:///{path}"]
    server = subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        url = f"http://127.0.0.1:{port}/rr/push"
        for _ in range(100):
            try:
                httpx.get(url, timeout=1)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        assert httpx.post(url, content=body, headers={"Signature": signature}).status_code == 202
        assert httpx.post(url, content=body, headers={"Signature": "AAAA"}).status_code == 401
        assert httpx.get(url).status_code == 405
        assert (
            httpx.post(f"http://127.0.0.1:{port}/", content=body, headers={"Signature": signature}).status_code == 404
        )
        assert pushed(path, SCOPE)["46069000"][0] == "COMPLETED"
    finally:
        server.terminate()
        output = server.communicate(timeout=10)[0]
    assert KEY not in output and signature not in output  # uvicorn's and the receiver's log: nothing secret


def test_receive_without_the_shared_key_says_what_to_set(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "REALTIMEREGISTER_PUSH_KEY"}
    env["PYTHONPATH"] = PROVIDERS["realtimeregister"].pythonpath
    done = subprocess.run(
        [sys.executable, "-m", "realtimeregister_process_client", "receive", "--store", f"sqlite:///{tmp_path}/t.db"],
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 2
    assert "REALTIMEREGISTER_PUSH_KEY" in done.stderr and "Traceback" not in done.stderr
