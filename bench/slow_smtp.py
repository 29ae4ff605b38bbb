#!/usr/bin/env python3
"""A slow SMTP sink for bench/outbox-crash.sh (standard library only).

Accepts every mail and records it in a log the moment its data is complete (the final "."),
then waits DELAY seconds before answering 250: a server that has taken the mail but is slow to say
so. A client killed during that wait has had its mail accepted without learning it, which is the
window in which an outbox sends a mail twice.

Log: one tab-separated line per mail, flushed at once:
    <unix time of acceptance>  <Message-ID header or ->  <first recipient>

Usage: slow_smtp.py --port 3026 --delay 0.4 --log /tmp/received.tsv
"""

import argparse
import socketserver
import sys
import threading
import time

LOCK = threading.Lock()


class Session(socketserver.StreamRequestHandler):
    # set on the class by main()
    delay = 0.0
    log = None

    def reply(self, line):
        self.wfile.write((line + "\r\n").encode("ascii"))
        self.wfile.flush()

    def handle(self):
        self.reply("220 slow-sink ESMTP")
        recipients = []
        while True:
            raw = self.rfile.readline()
            if not raw:
                return
            command = raw.decode("utf-8", "replace").rstrip("\r\n")
            verb = command[:4].upper()
            if verb in ("EHLO", "HELO"):
                self.reply("250 slow-sink")
            elif verb == "MAIL":
                recipients = []
                self.reply("250 OK")
            elif verb == "RCPT":
                recipients.append(command.split(":", 1)[1].strip().strip("<>"))
                self.reply("250 OK")
            elif verb == "DATA":
                self.reply("354 End data with <CR><LF>.<CR><LF>")
                message_id = self.read_data()
                if message_id is None:
                    return
                self.record(message_id, recipients[0] if recipients else "-")
                time.sleep(self.delay)
                self.reply("250 OK queued")
            elif verb == "QUIT":
                self.reply("221 Bye")
                return
            elif verb in ("RSET", "NOOP"):
                self.reply("250 OK")
            else:
                self.reply("502 Command not implemented")

    def read_data(self):
        """Reads the message up to the lone dot; returns its Message-ID (or "-"), None on EOF."""
        message_id = "-"
        in_headers = True
        while True:
            raw = self.rfile.readline()
            if not raw:
                return None
            line = raw.decode("utf-8", "replace").rstrip("\r\n")
            if line == ".":
                return message_id
            if in_headers:
                if line == "":
                    in_headers = False
                elif line.lower().startswith("message-id:"):
                    message_id = line.split(":", 1)[1].strip()

    def record(self, message_id, recipient):
        with LOCK:
            self.log.write("%.3f\t%s\t%s\n" % (time.time(), message_id, recipient))
            self.log.flush()


class Server(socketserver.ThreadingTCPServer):
    allow_reuse_address = True
    daemon_threads = True


def main():
    parser = argparse.ArgumentParser(description="Slow SMTP sink that logs every accepted mail")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=3026)
    parser.add_argument("--delay", type=float, default=0.4, help="seconds between accepting and answering 250")
    parser.add_argument("--log", required=True, help="file the accepted mails are appended to")
    args = parser.parse_args()
    Session.delay = args.delay
    Session.log = open(args.log, "a", encoding="utf-8")
    with Server((args.host, args.port), Session) as server:
        print("slow SMTP sink on %s:%d, %.2f s per mail" % (args.host, args.port, args.delay), file=sys.stderr)
        server.serve_forever()


if __name__ == "__main__":
    main()
