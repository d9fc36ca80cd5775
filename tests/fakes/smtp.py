"""A small SMTP server on 127.0.0.1 for the e-mail channel's failure paths: it speaks enough
ESMTP for smtplib (EHLO, AUTH PLAIN, MAIL, RCPT, DATA, RSET, NOOP, QUIT) and answers with the
replies a test chooses, or stays silent to make the client time out."""

from __future__ import annotations

import base64
import socketserver
import threading
from dataclasses import dataclass, field


@dataclass
class ReceivedMail:
    sender: str
    recipients: list[str]
    data: bytes


@dataclass
class SmtpBehaviour:
    # Replies by command; RCPT replies can also be given per address.
    rcpt: dict[str, str] = field(default_factory=dict)
    mail_from: str = "250 2.1.0 OK"
    data_end: str = "250 2.0.0 OK queued"
    login: tuple[str, str] | None = None  # (user, password) the server accepts, if AUTH is on
    silent: bool = False  # accept the connection and never say a word


class FakeSmtp:
    def __init__(self) -> None:
        self.behaviour = SmtpBehaviour()
        self.received: list[ReceivedMail] = []
        self.commands: list[str] = []
        fake = self

        class Handler(SmtpHandler):
            state = fake

        self._server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._server.server_address[1]

    def __enter__(self) -> FakeSmtp:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()


class SmtpHandler(socketserver.StreamRequestHandler):
    state: FakeSmtp
    timeout = 10

    def reply(self, line: str) -> None:
        self.wfile.write(line.encode() + b"\r\n")

    def handle(self) -> None:
        behaviour = self.state.behaviour
        if behaviour.silent:
            self.rfile.readline()  # wait until the client gives up and closes
            return
        self.reply("220 fake.smtp.test ESMTP")
        sender, recipients = "", []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            self.state.commands.append(line)
            verb = line.split(" ", 1)[0].upper()
            argument = line[len(verb) :].strip()
            if verb in {"EHLO", "HELO"}:
                if verb == "EHLO" and behaviour.login:
                    self.reply("250-fake.smtp.test")
                    self.reply("250 AUTH PLAIN")
                else:
                    self.reply("250 fake.smtp.test")
            elif verb == "AUTH":
                _mechanism, _, encoded = argument.partition(" ")
                parts = base64.b64decode(encoded or "").split(b"\0")
                given = tuple(part.decode() for part in parts[-2:])
                if behaviour.login and given == behaviour.login:
                    self.reply("235 2.7.0 Authentication successful")
                else:
                    self.reply("535 5.7.8 Authentication credentials invalid")
            elif verb == "MAIL":
                sender = argument.partition(":")[2].strip().split(" ")[0].strip("<>")
                self.reply(behaviour.mail_from)
            elif verb == "RCPT":
                address = argument.partition(":")[2].strip().split(" ")[0].strip("<>")
                answer = behaviour.rcpt.get(address, "250 2.1.5 OK")
                if answer.startswith("2"):
                    recipients.append(address)
                self.reply(answer)
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                chunks = []
                for raw_line in self.rfile:
                    if raw_line in (b".\r\n", b".\n"):
                        break
                    chunks.append(raw_line)
                if behaviour.data_end.startswith("2"):
                    self.state.received.append(ReceivedMail(sender, recipients, b"".join(chunks)))
                self.reply(behaviour.data_end)
            elif verb == "RSET":
                sender, recipients = "", []
                self.reply("250 2.0.0 OK")
            elif verb == "NOOP":
                self.reply("250 2.0.0 OK")
            elif verb == "QUIT":
                self.reply("221 2.0.0 Bye")
                return
            else:
                self.reply("502 5.5.2 Command not recognised")
