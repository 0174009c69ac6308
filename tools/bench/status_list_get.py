"""GETs of an issuer's signed status list (/ob3/status-lists/{id}) on one keep-alive
connection, in one run: served as stored (the list unchanged since it was last signed),
then signed again on every GET (the stored signature dropped before each one, as after a
revocation or a key rotation). First for a list with two entries (one revoked), then for
the same list filled to its 131,072 entries (1 in 100 revoked, by SQL). Prints requests/s,
p50 and p99 of each way and their ratio.

Usage: status_list_get.py BUILD_DIR WORK_DIR [N]   (environment: EDUBADGES_DATABASE_URL,
TOKEN, EDUBADGES_MASTER_KEY_FILE, as tools/bench/status_list_get.sh sets them)"""
import http.client
import os
import subprocess
import sys
import time
import urllib.parse

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "..", "tests", "e2e"))
import ob3_interop as ob3  # noqa: E402  (the server, catalog and awards of the interop test)

N = int(sys.argv[3]) if len(sys.argv) > 3 else 500
FILL = """INSERT INTO assertions (public_id, badge_class_id, status_list_id, status_index, revoked_at, revocation_reason)
 SELECT 'b' || lpad(i::text, 21, '0'), a.badge_class_id, a.status_list_id, i,
        CASE WHEN i %% 100 = 0 THEN now() END, CASE WHEN i %% 100 = 0 THEN 'bench' ELSE '' END
 FROM assertions a, generate_series(0, 131071) AS i WHERE a.public_id = '%s' AND NOT EXISTS
 (SELECT 1 FROM assertions x WHERE x.status_list_id = a.status_list_id AND x.status_index = i);
 VACUUM ANALYZE assertions;"""
DROP_SIGNATURE = "UPDATE status_lists SET signed_state = NULL, signed_document = NULL;"


class Sql:
    """One psql session, for statements between the timed GETs."""

    def __init__(self):
        self.p = subprocess.Popen(["psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", os.environ["EDUBADGES_DATABASE_URL"]],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)

    def run(self, statement):
        self.p.stdin.write(statement + "\n\\echo done\n")
        self.p.stdin.flush()
        while self.p.stdout.readline().strip() != "done":
            if self.p.poll() is not None:
                sys.exit("psql failed on: " + statement)


def gets(conn, path, before_each=None):
    times = []
    for _ in range(N):
        if before_each:
            before_each()
        start = time.perf_counter()
        conn.request("GET", path)
        r = conn.getresponse()
        r.read()
        times.append(time.perf_counter() - start)
        if r.status != 200:
            sys.exit("GET %s: HTTP %d" % (path, r.status))
    return times


def report(name, times):
    times = sorted(times)
    rate = len(times) / sum(times)
    print("  %-36s %7.0f GETs/s   p50 %6.2f ms   p99 %6.2f ms" % (
        name, rate, 1000 * times[len(times) // 2], 1000 * times[int(len(times) * 0.99) - 1]))
    return rate


def compare(conn, path, sql, title):
    gets(conn, path)  # warm-up, and the list signed and stored
    print(title)
    stored = report("as stored (list unchanged)", gets(conn, path))
    signed = report("signed again (signature dropped)", gets(conn, path, lambda: sql.run(DROP_SIGNATURE)))
    print("  ratio: %.1fx" % (stored / signed))


def main():
    s = ob3.Server(0)
    try:
        hu, badge = ob3.catalog(s)
        kept, revoked = ob3.award(s, hu, badge, "cor"), ob3.award(s, hu, badge, "dirk")
        url = ob3.credential(s, kept, "DATA_INTEGRITY")["credentialStatus"]["statusListCredential"]
        ob3.credential(s, revoked, "DATA_INTEGRITY")
        s.call("assertion", "revoke-assertions", {"names": [revoked], "reason": "Awarded by mistake"})
        http_url = urllib.parse.urlparse(s.http)
        conn = http.client.HTTPConnection(http_url.hostname, http_url.port)
        path, sql = url[len(ob3.BASE):], Sql()
        print("status list GETs, %d each way, one keep-alive connection:" % N)
        compare(conn, path, sql, "a list of 2 entries, 1 revoked")
        sql.run(FILL % kept.split("/")[1])
        compare(conn, path, sql, "the list filled: 131,072 entries, 1,311 revoked")
    finally:
        s.stop()


main()
