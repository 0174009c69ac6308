"""Open Badges 3.0 credentials of a running edubadges server, verified (with the documents
its public HTTP side serves: controller and key documents, status lists, JWK Set) by
verifiers nobody here wrote (tests/interop_ob3/verify.mjs: @digitalbazaar/vc, jose, ajv) and by our own
VerifyCredential, which must agree on valid, tampered, expired, not-yet-valid and revoked
credentials. Expired and not yet valid are the valid credential (valid for five years)
verified six years later and a day earlier: the Node verifiers with that "now", ours on a
server whose clock is shifted by as much.

Usage: ob3_interop.py BUILD_DIR WORK_DIR   (environment: EDUBADGES_DATABASE_URL, TOKEN,
EDUBADGES_MASTER_KEY_FILE, as tests/e2e/env.sh sets them)"""
import base64
import json
import os
import subprocess
import sys
import time
import urllib.request

BUILD, WORK = sys.argv[1], sys.argv[2]
ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), "..", ".."))
DEMO = os.path.join(ROOT, "tools", "demo", "catalog")
SERVER_BIN = os.path.join(BUILD, "server", "edubadges-server")
CLI = os.path.join(BUILD, "client", "edubadges")
BASE = "https://edubadges.localhost"
YEAR = 365 * 86400


class Server:
    """edubadges-server with its clock shifted by offset seconds, publishing under BASE (its
    public HTTP side listens on a free local port)."""

    def __init__(self, offset):
        port_file, http_port_file = os.path.join(WORK, "ob3.port"), os.path.join(WORK, "ob3.http-port")
        for f in (port_file, http_port_file):
            if os.path.exists(f):
                os.unlink(f)
        env = dict(os.environ, EDUBADGES_LISTEN="127.0.0.1:0", EDUBADGES_PORT_FILE=port_file,
                   EDUBADGES_HTTP_LISTEN="127.0.0.1:0", EDUBADGES_HTTP_PORT_FILE=http_port_file,
                   EDUBADGES_CLOCK_OFFSET_SECONDS=str(offset), EDUBADGES_PUBLIC_BASE_URL=BASE)
        self.log = open(os.path.join(WORK, "server.log"), "a")
        self.proc = subprocess.Popen([SERVER_BIN, "serve"], env=env, stderr=self.log)
        for _ in range(400):
            if all(os.path.exists(f) and open(f).read().strip() for f in (port_file, http_port_file)):
                break
            if self.proc.poll() is not None:
                sys.exit("the server did not start; see %s/server.log" % WORK)
            time.sleep(0.05)
        self.target = "127.0.0.1:" + open(port_file).read().strip()
        self.http = "http://127.0.0.1:" + open(http_port_file).read().strip()

    def get(self, url):
        """The public document at url (under BASE), fetched from the server's HTTP side."""
        with urllib.request.urlopen(self.http + url[len(BASE):]) as r:
            return json.load(r)

    def call(self, service, method, request, token=True):
        args = [CLI, "--server", self.target] + (["--token", os.environ["TOKEN"]] if token else [])
        out = subprocess.run(args + [service, method, json.dumps(request)], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit("%s %s failed: %s" % (service, method, out.stderr))
        return json.loads(out.stdout)

    def stop(self):
        self.proc.terminate()
        self.proc.wait()


def demo_request(name, placeholder, value):
    image = base64.b64encode(open(os.path.join(DEMO, "badge.svg"), "rb").read()).decode()
    text = open(os.path.join(DEMO, name)).read().replace(placeholder, value).replace("__IMAGE__", image)
    return json.loads(text)


def catalog(s):
    hu = s.call("institution", "create-institution", {"institution": {
        "identifier": "hu.nl", "displayName": {"nl": "Hogeschool Utrecht"}, "description": {"nl": "Hogeschool"},
        "sector": "SECTOR_HBO", "countryCode": "NL", "regionCode": "NL-UT", "microCredentialsEnabled": True,
        "eppnPattern": ".*@student\\.hu\\.nl"}})["name"]
    faculty = s.call("faculty", "create-faculty", demo_request("hu-faculty.json", "__INSTITUTION__", hu))["name"]
    issuer = s.call("issuer", "create-issuer", demo_request("hu-issuer.json", "__FACULTY__", faculty))["name"]
    badge = s.call("badge-class", "create-badge-class",
                   demo_request("hu-micro-credential.json", "__ISSUER__", issuer))["name"]
    return hu, badge


def award(s, hu, badge, who):
    learner = s.call("learner", "upsert-learner", {"learner": {
        "eduid": "eduid-" + who, "email": who + "@example.org", "validatedName": who.title(),
        "accounts": [{"eppn": who + "@student.hu.nl", "schacHome": "hu.nl"}]}})["name"]
    s.call("learner", "record-consent", {"learner": learner, "consent": {
        "institution": hu, "termsKind": "TERMS_KIND_FORMAL", "termsVersion": 1}})
    bundle = s.call("direct-award", "create-direct-award-bundle", {
        "badgeClass": badge, "identifierType": "RECIPIENT_IDENTIFIER_TYPE_EPPN", "source": "AWARD_SOURCE_SIS",
        "rows": [{"recipient": who + "@student.hu.nl", "grade": "8", "evidenceUrl": "https://portfolio.hu.nl/" + who}]})
    award_name = bundle["results"][0]["directAward"]
    return s.call("direct-award", "claim-direct-award", {"name": award_name, "learner": learner})["name"]


def credential(s, assertion, fmt):
    text = s.call("credential", "get-open-badge-credential",
                  {"assertion": assertion, "format": "CREDENTIAL_FORMAT_" + fmt})["credential"]
    return text if fmt.startswith("JWT") else json.loads(text)


def published_documents(s, cases):
    """What our public HTTP side serves for the credentials: issuer controller documents,
    Multikey documents, signed status lists (and their keys), the JWK Set."""
    urls = {BASE + "/.well-known/jwks.json"}
    for c in cases:
        if isinstance(c["credential"], dict):
            urls.add(c["credential"]["issuer"]["id"])
            urls.add(c["credential"]["proof"][0]["verificationMethod"])
            urls.add(c["credential"]["credentialStatus"]["statusListCredential"])
    documents = {}
    while urls:
        url = urls.pop()
        documents[url] = s.get(url)
        for p in documents[url].get("proof", []):  # the status lists' signing keys
            if p["verificationMethod"] not in documents:
                urls.add(p["verificationMethod"])
    return documents


def main():
    os.makedirs(WORK, exist_ok=True)
    cases = []  # (name, credential, expectation, verification time offset in seconds)
    s = Server(0)
    hu, badge = catalog(s)
    valid_assertion = award(s, hu, badge, "cor")
    valid = credential(s, valid_assertion, "DATA_INTEGRITY")
    cases.append(("valid", valid, "valid", 0))
    cases.append(("expired (six years later)", valid, "invalid", 6 * YEAR))
    cases.append(("not yet valid (a day earlier)", valid, "invalid", -86400))
    tampered = json.loads(json.dumps(valid))
    tampered["credentialSubject"]["achievement"]["name"] = "Something else"
    cases.append(("tampered", tampered, "invalid", 0))
    revoked_assertion = award(s, hu, badge, "dirk")
    revoked = credential(s, revoked_assertion, "DATA_INTEGRITY")
    s.call("assertion", "revoke-assertions", {"names": [revoked_assertion], "reason": "Awarded by mistake"})
    cases.append(("revoked", revoked, "revoked", 0))
    for fmt in ("JWT_ES256", "JWT_RS256"):
        jwt = credential(s, valid_assertion, fmt)
        cases.append(("valid " + fmt, jwt, "valid", 0))
        cases.append(("expired " + fmt, jwt, "invalid", 6 * YEAR))
        head, payload, sig = jwt.split(".")
        body = json.loads(base64.urlsafe_b64decode(payload + "=" * (-len(payload) % 4)))
        body["name"] = "Something else"
        forged = base64.urlsafe_b64encode(json.dumps(body).encode()).decode().rstrip("=")
        cases.append(("tampered " + fmt, ".".join([head, forged, sig]), "invalid", 0))
    s.stop()

    # our own verdicts, by a server whose clock is shifted to each case's time
    out = []
    for at in sorted({c[3] for c in cases}):
        s = Server(at)
        for name, cred, expect, when in cases:
            if when != at:
                continue
            text = cred if isinstance(cred, str) else json.dumps(cred)
            r = s.call("credential", "verify-credential", {"credential": text}, token=False)
            out.append({"name": name, "credential": cred, "expect": expect, "at": at,
                        "ours": {"verified": bool(r.get("verified")), "revoked": bool(r.get("revoked"))}})
        if at == 0:
            documents = published_documents(s, out)
        s.stop()

    case_file = os.path.join(WORK, "ob3-cases.json")
    json.dump({"documents": documents, "cases": out}, open(case_file, "w"), indent=1)
    sys.exit(subprocess.run(["node", os.path.join(ROOT, "tests", "interop_ob3", "verify.mjs"), case_file]).returncode)


main()
