"""One Reflect window per profile: a second start brings the first window forward.

The first instance listens on a local socket whose name comes from a hash of the profile
directory, once its window has painted; a second start (which found the profile locked) finds
it there, sends ``activate`` and leaves.
"""

from __future__ import annotations

import getpass
import hashlib
import time
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

from reflect.errors import StorageError

MESSAGE = b"activate\n"
RETRY_SECONDS = 0.1


def server_name(directory: Path) -> str:
    """A short, stable name for the profile at ``directory`` (per user)."""
    try:
        user = getpass.getuser()
    except Exception:  # no user name in the environment
        user = ""
    key = f"{user}\0{directory.expanduser().resolve()}".encode()
    return "reflect-" + hashlib.sha256(key).hexdigest()[:24]


class SingleInstance(QObject):
    activation_requested = Signal()

    def __init__(self, directory: Path, parent: QObject | None = None):
        super().__init__(parent)
        self.name = server_name(directory)
        self._server: QLocalServer | None = None

    def notify_running(self, timeout_ms: int = 1000, *, starting_ms: int = 0) -> bool:
        """Ask a running instance to come forward; False when there is none. ``starting_ms``:
        how long to keep trying while nobody listens yet (a first instance still starting)."""
        deadline = time.monotonic() + starting_ms / 1000
        while True:
            socket = QLocalSocket()
            socket.connectToServer(self.name)
            if socket.waitForConnected(timeout_ms):
                break
            if time.monotonic() >= deadline:
                return False
            time.sleep(RETRY_SECONDS)  # before any window: nothing else to do meanwhile
        socket.write(MESSAGE)
        sent = socket.waitForBytesWritten(timeout_ms)
        socket.disconnectFromServer()
        return sent

    def listen(self) -> None:
        """Start answering later starts. Call only once the profile lock is held, so a
        leftover socket from a crashed instance can be removed safely."""
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        QLocalServer.removeServer(self.name)
        if not server.listen(self.name):
            raise StorageError(
                self.tr("Reflect could not listen for a second start ({reason}).").format(
                    reason=server.errorString()
                )
            )
        server.newConnection.connect(self._on_server_new_connection)
        self._server = server

    def close(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None

    def _on_server_new_connection(self) -> None:
        # No Python references to the sockets and no lambdas capturing them: Qt owns them
        # (children of the server) and deletes them once they disconnect.
        while self._server is not None and self._server.hasPendingConnections():
            client = self._server.nextPendingConnection()
            client.readyRead.connect(self._on_client_ready_read)
            client.disconnected.connect(client.deleteLater)
            self._read(client)

    def _on_client_ready_read(self) -> None:
        client = self.sender()
        if isinstance(client, QLocalSocket):
            self._read(client)

    def _read(self, client: QLocalSocket) -> None:
        while client.canReadLine():
            if bytes(client.readLine().data()) == MESSAGE:
                self.activation_requested.emit()
