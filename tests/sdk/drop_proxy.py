#!/usr/bin/env python3
"""A TCP proxy in front of the test server for the SDK retry tests.

It forwards every connection. After a line "drop" on its control port (answered "ok") it
cuts the next response: when the server's first HEADERS frame of a call (stream id > 0) arrives, on any
connection, both sides are closed instead. The server has then done the work; the client
sees UNAVAILABLE for a call that happened, which is what a retry must survive. A line
"armed" is answered with the number of cuts still to come (0 once the cut happened).

Usage: drop_proxy.py <server host:port> <port file>; it writes "<proxy port> <control port>"
to the port file once listening, and runs until killed.
"""
import socket
import sys
import threading

HEADERS = 0x1
lock = threading.Lock()
armed = 0


def take_armed() -> bool:
    global armed
    with lock:
        if armed:
            armed -= 1
            return True
        return False


def close(*socks: socket.socket) -> None:
    for s in socks:
        try:
            s.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        s.close()


def pump_requests(client: socket.socket, server: socket.socket) -> None:
    try:
        while data := client.recv(65536):
            server.sendall(data)
    except OSError:
        pass
    close(client, server)


def pump_responses(server: socket.socket, client: socket.socket) -> None:
    """Forwards whole HTTP/2 frames; cuts the connection at an armed response."""
    buf = b""
    try:
        while data := server.recv(65536):
            buf += data
            while len(buf) >= 9:
                size = 9 + int.from_bytes(buf[0:3], "big")
                if len(buf) < size:
                    break
                frame, buf = buf[:size], buf[size:]
                stream = int.from_bytes(frame[5:9], "big") & 0x7FFFFFFF
                if frame[3] == HEADERS and stream and take_armed():
                    close(server, client)
                    return
                client.sendall(frame)
    except OSError:
        pass
    close(server, client)


def serve_proxy(listener: socket.socket, upstream: tuple[str, int]) -> None:
    while True:
        client, _ = listener.accept()
        try:
            server = socket.create_connection(upstream)
        except OSError:
            close(client)
            continue
        threading.Thread(target=pump_requests, args=(client, server), daemon=True).start()
        threading.Thread(target=pump_responses, args=(server, client), daemon=True).start()


def serve_control(listener: socket.socket) -> None:
    global armed
    while True:
        conn, _ = listener.accept()
        with conn, conn.makefile("rw") as f:
            command = f.readline().strip()
            with lock:
                if command == "drop":
                    armed += 1
                    f.write("ok\n")
                elif command == "armed":
                    f.write(f"{armed}\n")
                else:
                    f.write("unknown command\n")


def main() -> None:
    host, port = sys.argv[1].rsplit(":", 1)
    listeners = []
    for _ in range(2):
        s = socket.socket()
        s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        s.bind(("127.0.0.1", 0))
        s.listen(64)
        listeners.append(s)
    threading.Thread(target=serve_proxy, args=(listeners[0], (host, int(port))), daemon=True).start()
    with open(sys.argv[2], "w") as f:
        f.write(f"{listeners[0].getsockname()[1]} {listeners[1].getsockname()[1]}\n")
    serve_control(listeners[1])


if __name__ == "__main__":
    main()
