"""A headless Chromium for checking the view: a tiny Chrome DevTools Protocol client (stdlib only).

Used by the view's browser tests and by the benchmark's first-frame figure;
it drives Debian's ``chromium`` with the flags this closed network needs.
"""

from __future__ import annotations

import base64
import json
import os
import shutil
import socket
import struct
import subprocess
import tempfile
import time
import urllib.request
from pathlib import Path

from kg.errors import InputError


CHROMIUM_FLAGS = ("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync",
                  "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars")


class _WebSocket:
    """A client websocket: text frames out (masked), text frames in; enough for CDP."""

    def __init__(self, url: str, timeout: float):
        from urllib.parse import urlsplit

        u = urlsplit(url)
        self.sock = socket.create_connection((u.hostname, u.port), timeout=timeout)
        key = base64.b64encode(os.urandom(16)).decode()
        self.sock.sendall((f"GET {u.path} HTTP/1.1\r\nHost: {u.hostname}:{u.port}\r\nUpgrade: websocket\r\n"
                           f"Connection: Upgrade\r\nSec-WebSocket-Key: {key}\r\nSec-WebSocket-Version: 13\r\n\r\n").encode())
        self.file = self.sock.makefile("rb")
        status = self.file.readline()
        if b" 101 " not in status:
            raise ConnectionError(f"websocket handshake refused: {status!r}")
        while self.file.readline() not in (b"\r\n", b""):
            pass

    def send(self, text: str, opcode: int = 1) -> None:

        data, mask = text.encode("utf-8"), os.urandom(4)
        n = len(data)
        head = struct.pack("!BB", 0x80 | opcode, 0x80 | n) if n < 126 else (
            struct.pack("!BBH", 0x80 | opcode, 0xFE, n) if n < 65536 else struct.pack("!BBQ", 0x80 | opcode, 0xFF, n))
        self.sock.sendall(head + mask + bytes(b ^ mask[i % 4] for i, b in enumerate(data)))

    def recv(self) -> str:

        message = b""
        while True:
            b0, b1 = self.file.read(2)
            n = b1 & 0x7F
            if n == 126:
                n = struct.unpack("!H", self.file.read(2))[0]
            elif n == 127:
                n = struct.unpack("!Q", self.file.read(8))[0]
            payload = self.file.read(n)
            opcode = b0 & 0x0F
            if opcode == 8:
                raise ConnectionError("browser closed the websocket")
            if opcode == 9:
                self.send(payload.decode("latin-1"), opcode=10)
                continue
            message += payload
            if b0 & 0x80:
                return message.decode("utf-8")

    def close(self) -> None:
        self.sock.close()


class Browser:
    """Headless Chromium driven over CDP; records requests, console errors and dialogs of the page it opens.

    >>> with Browser() as b:                       # doctest: +SKIP
    ...     b.open(Path("output/graph.html"))
    ...     b.evaluate("kgView.nodeCount()")
    """

    def __init__(self, binary: str = "chromium", width: int = 1400, height: int = 900, timeout: float = 60):

        exe = shutil.which(binary)
        if not exe:
            raise InputError(f"{binary}: not found; install Debian's chromium (tests/run.sh does)")
        self.timeout = timeout
        self.profile = tempfile.mkdtemp(prefix="kg-chromium-")
        self.proc = subprocess.Popen([exe, *CHROMIUM_FLAGS, f"--user-data-dir={self.profile}", "--remote-debugging-port=0",
                                      f"--window-size={width},{height}", "about:blank"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        port_file = Path(self.profile) / "DevToolsActivePort"
        deadline = time.monotonic() + timeout
        while not (port_file.exists() and len(port_file.read_text().split()) >= 2):
            if time.monotonic() > deadline or self.proc.poll() is not None:
                self.close()
                raise InputError("chromium did not start its DevTools server")
            time.sleep(0.05)
        port = port_file.read_text().split()[0]
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=timeout) as r:
            page = next(t for t in json.load(r) if t["type"] == "page")
        self.ws = _WebSocket(page["webSocketDebuggerUrl"], timeout)
        self._id = 0
        self.requests: list[str] = []
        self.failures: list[str] = []
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        for domain in ("Page", "Runtime", "Network", "Log"):
            self.call(f"{domain}.enable")

    def __enter__(self) -> "Browser":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:

        if getattr(self, "ws", None):
            self.ws.close()
        self.proc.terminate()
        try:
            self.proc.wait(timeout=10)
        except Exception:  # noqa: BLE001 - a browser that will not stop is killed
            self.proc.kill()
            self.proc.wait()
        shutil.rmtree(self.profile, ignore_errors=True)

    def call(self, method: str, **params) -> dict:
        """Give the result of CDP ``method``, recording the events that arrive meanwhile."""
        self._id += 1
        self.ws.send(json.dumps({"id": self._id, "method": method, "params": params}))
        while True:
            msg = json.loads(self.ws.recv())
            if msg.get("id") == self._id:
                if "error" in msg:
                    raise InputError(f"CDP {method}: {msg['error'].get('message')}")
                return msg.get("result", {})
            self._event(msg.get("method", ""), msg.get("params", {}))

    def _event(self, method: str, p: dict) -> None:
        if method == "Network.requestWillBeSent":
            self.requests.append(p["request"]["url"])
        elif method == "Network.loadingFailed":
            self.failures.append(f"{p.get('errorText')} ({p.get('requestId')})")
        elif method == "Runtime.exceptionThrown":
            d = p["exceptionDetails"]
            self.errors.append(d.get("exception", {}).get("description") or d.get("text", "exception"))
        elif method == "Runtime.consoleAPICalled" and p["type"] in ("error", "assert"):
            self.errors.append(" ".join(str(a.get("value", a.get("description", ""))) for a in p["args"]))
        elif method == "Log.entryAdded" and p["entry"]["level"] == "error":
            self.errors.append(p["entry"]["text"])
        elif method == "Page.javascriptDialogOpening":
            self.dialogs.append(p.get("message", ""))
            self.ws.send(json.dumps({"id": 0, "method": "Page.handleJavaScriptDialog", "params": {"accept": True}}))

    def evaluate(self, expression: str):
        """Give the value of a JavaScript expression in the page (promises awaited)."""
        r = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in r:
            raise InputError(f"page error evaluating {expression!r}: {r['exceptionDetails'].get('text')}")
        return r["result"].get("value")

    def open(self, path: Path) -> float:
        """Load the view at ``path``; give the seconds from navigation to the first interactive frame."""

        self.call("Page.navigate", url=Path(path).resolve().as_uri())
        deadline = time.monotonic() + self.timeout
        while True:
            ready = self.evaluate("window.kgView ? window.kgView.interactiveAt() : null")
            if ready is not None:
                return ready / 1000
            if self.errors or time.monotonic() > deadline:
                raise InputError(f"{path}: the view did not draw: {'; '.join(self.errors) or 'timed out'}")
            time.sleep(0.05)

    def screenshot(self, path: Path) -> Path:
        """Save a PNG of the page at ``path`` and give the path."""

        path = Path(path)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(base64.b64decode(self.call("Page.captureScreenshot", format="png")["data"]))
        return path


def measure_first_frame(html_path: Path, binary: str = "chromium") -> float:
    """Give the seconds headless Chromium takes from navigating to ``html_path`` to its first interactive frame."""
    with Browser(binary) as browser:
        return browser.open(html_path)
