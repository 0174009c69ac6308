"""Open Badges 3.0 credentials of a running edubadges server, verified (with the documents
its public HTTP side serves: controller and key documents, status lists, JWK Set) by
verifiers nobody here wrote (tests/interop_ob3/verify.mjs: @digitalbazaar/vc, jose, ajv) and by our own
VerifyCredential, which must agree on valid, tampered, expired, not-yet-valid and revoked
credentials, and reject a forgery in the name of one of our issuers (signed by an attacker's
key named `<issuer id>#z6Mk…`, with and without the key document that fragment names). The
Achievement ids the credentials name are fetched too: each must serve the
Achievement the credential embeds (checked by jsonld in safe mode and ajv), with its image. Expired and not yet valid are the valid credential (valid for five years)
verified six years later and a day earlier: the Node verifiers with that "now", ours on a
server whose clock is shifted by as much.

Usage: ob3_interop.py BUILD_DIR WORK_DIR   (environment: EDUBADGES_DATABASE_URL, TOKEN,
EDUBADGES_MASTER_KEY_FILE, as tests/e2e/env.sh sets them)"""
import atexit
import base64
import json
import os
import subprocess
import sys
import time
import urllib.request

BUILD, WORK = sys.argv[1], sys.argv[2]  # also when imported (tools/bench/status_list_get.py)
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
        atexit.register(self.stop)  # also when the driver fails: no server left holding ctest's output
        for _ in range(400):
            if all(os.path.exists(f) and open(f).read().strip() for f in (port_file, http_port_file)):
                break
            if self.proc.poll() is not None:
                sys.exit("the server did not start; see %s/server.log" % WORK)
            time.sleep(0.05)
        self.target = "127.0.0.1:" + open(port_file).read().strip()
        self.http = "http://127.0.0.1:" + open(http_port_file).read().strip()

    def fetch(self, url):
        """The media type and body of the public resource at url (under BASE), fetched from the
        server's HTTP side."""
        with urllib.request.urlopen(self.http + url[len(BASE):]) as r:
            return r.headers["Content-Type"], r.read()

    def get(self, url):
        """The public document at url (under BASE)."""
        return json.loads(self.fetch(url)[1])

    def call(self, service, method, request, token=True):
        args = [CLI, "--server", self.target] + (["--token", os.environ["TOKEN"]] if token else [])
        out = subprocess.run(args + [service, method, json.dumps(request)], capture_output=True, text=True)
        if out.returncode != 0:
            sys.exit("%s %s failed: %s" % (service, method, out.stderr))
        return json.loads(out.stdout)

    def stop(self):
        if self.proc.poll() is None:
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


def forge(credential):
    """The credential renamed and signed by a fresh attacker's key named `<issuer id>#z6Mk…`
    (tests/interop_ob3/forge.mjs), and the Multikey document of that key."""
    path = os.path.join(WORK, "genuine.json")
    json.dump(credential, open(path, "w"))
    out = subprocess.run(["node", os.path.join(ROOT, "tests", "interop_ob3", "forge.mjs"), path],
                         capture_output=True, text=True)
    if out.returncode != 0:
        sys.exit("forge.mjs failed: " + out.stderr)
    forged = json.loads(out.stdout)
    return forged["credential"], forged["keyDocument"]


def published_documents(s, credentials):
    """What our public HTTP side serves for our (JSON-LD) credentials: issuer controller
    documents, Multikey documents, signed status lists (and their keys), the JWK Set."""
    urls = {BASE + "/.well-known/jwks.json"}
    for c in credentials:
        urls.add(c["issuer"]["id"])
        urls.add(c["proof"][0]["verificationMethod"])
        urls.add(c["credentialStatus"]["statusListCredential"])
    documents = {}
    while urls:
        url = urls.pop()
        documents[url] = s.get(url)
        for p in documents[url].get("proof", []):  # the status lists' signing keys
            if p["verificationMethod"] not in documents:
                urls.add(p["verificationMethod"])
    return documents


def achievements(s, credentials):
    """The Achievement each credential names, as its id serves it, with the media types of
    that answer and of the Achievement's image."""
    out = []
    for c in credentials:
        embedded = c["credentialSubject"]["achievement"]
        media_type, body = s.fetch(embedded["id"])
        image_type = s.fetch(embedded["image"]["id"])[0] if "image" in embedded else None
        out.append({"url": embedded["id"], "mediaType": media_type, "document": json.loads(body),
                    "embedded": embedded, "imageMediaType": image_type})
    return out


def main():
    os.makedirs(WORK, exist_ok=True)
    # (name, credential, expectation, verification time offset in seconds[, more documents for
    # both verifiers, a part of the reason @digitalbazaar/vc must give])
    cases = []
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
    forged, key_document = forge(valid)
    forged_key = forged["proof"][0]["verificationMethod"]
    if not forged_key.startswith(valid["issuer"]["id"] + "#z6Mk"):
        sys.exit("forge.mjs named its key " + forged_key)
    cases.append(("forged: an attacker's key as <issuer id>#z6Mk...", forged, "invalid", 0))
    cases.append(("forged, with the Multikey document the fragment names", forged, "invalid", 0,
                  {forged_key: key_document}, "not authorized by controller"))
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
        for name, cred, expect, when, *more in cases:
            if when != at:
                continue
            documents = more[0] if more else {}
            request = {"credential": cred if isinstance(cred, str) else json.dumps(cred),
                       "documents": [{"url": u, "content": json.dumps(d)} for u, d in documents.items()]}
            r = s.call("credential", "verify-credential", request, token=False)
            out.append({"name": name, "credential": cred, "expect": expect, "at": at, "documents": documents,
                        "expectError": more[1] if len(more) > 1 else "",
                        "ours": {"verified": bool(r.get("verified")), "revoked": bool(r.get("revoked"))}})
        if at == 0:
            published = published_documents(s, [valid, revoked])
            served_achievements = achievements(s, [valid])
        s.stop()

    case_file = os.path.join(WORK, "ob3-cases.json")
    json.dump({"documents": published, "cases": out, "achievements": served_achievements}, open(case_file, "w"),
              indent=1)
    sys.exit(subprocess.run(["node", os.path.join(ROOT, "tests", "interop_ob3", "verify.mjs"), case_file]).returncode)


if __name__ == "__main__":
    main()
