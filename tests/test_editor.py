"""The editor a director uses: VS Code's YAML extension runs `yaml-language-server`. Here the real
server (tests/lsp, pinned by package-lock.json) is driven over stdio on the starter that
`protocolmaker init` writes, offline: the schema comes from `.protocolmaker/` via the starter's
first line. A typo in a key must give a diagnostic on its line; hover shows the Dutch text."""

from __future__ import annotations

import json
import os
import queue
import shutil
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from tests.conftest import ROOT, run_cli

SERVER = ROOT / "tests" / "lsp" / "node_modules" / "yaml-language-server" / "bin" / \
    "yaml-language-server"

pytestmark = [
    pytest.mark.skipif(shutil.which("node") is None,
                       reason="node ontbreekt: scripts/install.sh --test installeert nodejs "
                              "en npm"),
    pytest.mark.skipif(not SERVER.exists(),
                       reason="yaml-language-server ontbreekt: scripts/install.sh --test draait "
                              "npm ci in tests/lsp"),
]


class LanguageServer:
    """A minimal LSP client: JSON-RPC with Content-Length framing over the server's stdio."""

    def __init__(self, cwd: Path) -> None:
        self.proc = subprocess.Popen(["node", str(SERVER), "--stdio"], cwd=cwd,
                                     stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                     stderr=subprocess.DEVNULL)
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        out = self.proc.stdout
        assert out is not None
        while True:
            length = 0
            while (line := out.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line:
                return
            message = json.loads(out.read(length))
            if "method" in message and "id" in message:  # a request from the server
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": None})
            self.messages.put(message)

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode()
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict[str, Any]) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def request(self, method: str, params: dict[str, Any]) -> Any:
        self.next_id += 1
        self._send({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        reply = self.wait(lambda m: m.get("id") == self.next_id and "method" not in m)
        return reply.get("result")

    def wait(self, match: Any, timeout: float = 60) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            message = self.messages.get(timeout=max(0.1, deadline - time.monotonic()))
            if match(message):
                return message

    def close(self) -> None:
        self.proc.kill()
        self.proc.wait()


def test_the_editor_checks_and_explains_the_starter_offline(tmp_path: Path) -> None:
    assert run_cli("init", "mijn-regio.yaml", cwd=tmp_path).code == 0
    starter = tmp_path / "mijn-regio.yaml"
    text = starter.read_text(encoding="utf-8").replace("    vergaderinterval_weken: 8",
                                                       "    vergaderinterval_wekem: 8")
    typo_line = text.splitlines().index("    vergaderinterval_wekem: 8")
    key_line = next(i for i, ln in enumerate(text.splitlines())
                    if ln.startswith("  beheersgemeente:"))
    uri = starter.as_uri()
    server = LanguageServer(tmp_path)
    try:
        server.request("initialize", {
            "processId": os.getpid(), "rootUri": tmp_path.as_uri(),
            "workspaceFolders": [{"uri": tmp_path.as_uri(), "name": "regio"}],
            "capabilities": {"textDocument": {"publishDiagnostics": {},
                                              "hover": {"contentFormat": ["markdown"]}}}})
        server.notify("initialized", {})
        server.notify("workspace/didChangeConfiguration", {"settings": {"yaml": {
            "validate": True, "hover": True, "completion": True,
            "schemaStore": {"enable": False}}}})
        server.notify("textDocument/didOpen", {"textDocument": {
            "uri": uri, "languageId": "yaml", "version": 1, "text": text}})
        published = server.wait(lambda m: m.get("method") == "textDocument/publishDiagnostics"
                                and m["params"]["uri"] == uri and m["params"]["diagnostics"])
        diagnostics = published["params"]["diagnostics"]
        typo = [d for d in diagnostics if "vergaderinterval_wekem" in d["message"]]
        assert typo, diagnostics
        assert typo[0]["range"]["start"]["line"] == typo_line
        assert len(diagnostics) == 1, diagnostics  # the starter itself is clean
        hover = server.request("textDocument/hover", {
            "textDocument": {"uri": uri}, "position": {"line": key_line, "character": 4}})
        shown = json.dumps(hover, ensure_ascii=False)
        assert "De gemeente die het zorg- en veiligheidshuis beheert" in shown
    finally:
        server.close()
