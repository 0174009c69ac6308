#!/usr/bin/env python3
"""An independent Open Badges 2.0 hosted-verification check (Python standard library only).

It fetches documents over HTTP and checks them with rules taken from the 1EdTech OB 2.0
validator (openbadges-validator-core, openbadges/verifier/tasks/validation.py and
verification.py): required properties and their value types per class, the hosted
verification scope (the assertion's id on the issuer's origin), the timestamps, the
hashed recipient identity, the images. It shares no code with the server.

  ob2_check.py selftest FIXTURES_DIR   the validator's own fixtures (https://example.org/ is
                                       mapped to FIXTURES_DIR/assets, as in its tests) must
                                       get the validator's verdicts
  ob2_check.py hosted MANIFEST.json    a running server: see ob2_hosted_test.sh
"""
import datetime
import hashlib
import json
import re
import sys
import unicodedata
import urllib.error
import urllib.parse
import urllib.request

OB2_CONTEXT = "https://w3id.org/openbadges/v2"
JSON_TYPES = ("application/ld+json", "application/json")
IMAGE_TYPES = ("image/png", "image/svg+xml")


class Problems(list):
    def check(self, ok, message):
        if not ok:
            self.append(message)
        return ok


# ---- value types (validation.py PrimitiveValueValidator) ----

def is_text(v):
    return isinstance(v, str)


def is_url(v):
    if not isinstance(v, str):
        return False
    p = urllib.parse.urlparse(v)
    return p.scheme in ("http", "https") and bool(p.netloc) and not re.search(r"\s", v)


def is_iri(v):
    return is_url(v) or (isinstance(v, str) and (v.startswith("urn:uuid:") or v.startswith("_:")))


def is_datetime(v):
    if not isinstance(v, str) or not (v.endswith("Z") or re.search(r"[+-](\d{4}|\d{2}|\d{2}:\d{2})$", v)):
        return False
    try:
        datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))
    except ValueError:
        return False
    return True


def parse_datetime(v):
    return datetime.datetime.fromisoformat(v.replace("Z", "+00:00"))


def is_email(v):
    return isinstance(v, str) and re.match(r"^[^@\s]+@[^@\s]+$", v) is not None


def types_of(node):
    t = node.get("type")
    return t if isinstance(t, list) else [t]


# ---- fetching ----

class HttpFetcher:
    def get(self, url):
        req = urllib.request.Request(url, headers={"Accept": "application/ld+json, application/json"})
        try:
            with urllib.request.urlopen(req, timeout=20) as r:
                return r.status, r.headers.get_content_type(), r.read()
        except urllib.error.HTTPError as e:
            return e.code, e.headers.get_content_type(), e.read()


class FixtureFetcher:
    """The validator's test mapping: https://example.org/X is assets/X."""

    def __init__(self, assets, documents=None):
        self.assets = assets
        self.documents = documents or {}  # url -> file, for the assertion under test

    def get(self, url):
        name = re.sub(r"^https?://(www\.)?example\.(org|com)/", "", url)
        try:
            with open(self.documents.get(url) or "%s/%s" % (self.assets, name), "rb") as f:
                body = f.read()
        except OSError:
            return 404, "text/plain", b""
        return 200, "image/png" if name.endswith(".png") else "application/ld+json", body


def fetch_json(fetcher, url, problems, what):
    status, ctype, body = fetcher.get(url)
    if not problems.check(status == 200, "%s %s: HTTP %d" % (what, url, status)):
        return None
    problems.check(ctype in JSON_TYPES, "%s %s: content type %s" % (what, url, ctype))
    try:
        return json.loads(body)
    except ValueError:
        problems.append("%s %s: not JSON" % (what, url))
        return None


def check_context(doc, problems, what):
    ctx = doc.get("@context")
    contexts = ctx if isinstance(ctx, list) else [ctx]
    problems.check(OB2_CONTEXT in contexts, "%s: @context %r lacks %s" % (what, ctx, OB2_CONTEXT))


def check_image(fetcher, url, problems, what, expect_bytes=None):
    if not problems.check(is_url(url), "%s: image %r is not a URL" % (what, url)):
        return
    status, ctype, body = fetcher.get(url)
    problems.check(status == 200, "%s image %s: HTTP %d" % (what, url, status))
    problems.check(ctype in IMAGE_TYPES, "%s image %s: content type %s" % (what, url, ctype))
    if ctype == "image/png":
        problems.check(body.startswith(b"\x89PNG\r\n\x1a\n"), "%s image: not a PNG" % what)
    elif ctype == "image/svg+xml":
        problems.check(b"<svg" in body, "%s image: not an SVG" % what)
    if expect_bytes is not None:
        problems.check(body == expect_bytes, "%s image: not the uploaded file" % what)


# ---- classes (validation.py ClassValidators) ----

def check_profile(doc, url, problems):
    what = "Issuer"
    check_context(doc, problems, what)
    problems.check(is_iri(doc.get("id")), "%s: id %r is not an IRI" % (what, doc.get("id")))
    problems.check(doc.get("id") == url, "%s: id %r is not where it is hosted (%s)" % (what, doc.get("id"), url))
    problems.check(bool({"Issuer", "Profile"} & set(types_of(doc))), "%s: type %r" % (what, doc.get("type")))
    problems.check(is_text(doc.get("name")), "%s: name is required text" % what)
    problems.check(is_url(doc.get("url")), "%s: url is required, a URL" % what)
    problems.check(is_email(doc.get("email")), "%s: email is required, an e-mail address" % what)
    problems.check("description" not in doc or is_text(doc["description"]), "%s: description" % what)
    problems.check(re.match(r"^https?://", doc.get("id") or "") is not None,
                   "%s: not hosted with an HTTP-based identifier" % what)


def check_badge_class(fetcher, doc, url, problems, expect_image=None):
    what = "BadgeClass"
    check_context(doc, problems, what)
    problems.check(is_iri(doc.get("id")), "%s: id %r is not an IRI" % (what, doc.get("id")))
    problems.check(doc.get("id") == url, "%s: id %r is not where it is hosted (%s)" % (what, doc.get("id"), url))
    problems.check("BadgeClass" in types_of(doc), "%s: type %r" % (what, doc.get("type")))
    problems.check(is_text(doc.get("name")), "%s: name is required text" % what)
    problems.check(is_text(doc.get("description")), "%s: description is required text" % what)
    criteria = doc.get("criteria")
    if isinstance(criteria, dict):
        problems.check(is_iri(criteria.get("id")) or is_text(criteria.get("narrative")),
                       "%s: criteria needs an id or a narrative" % what)
    else:
        problems.check(is_iri(criteria), "%s: criteria is required, an IRI or a Criteria" % what)
    for al in doc.get("alignment", []) or []:
        problems.check(is_text(al.get("targetName")) and is_url(al.get("targetUrl")),
                       "%s: alignment needs targetName and targetUrl: %r" % (what, al))
    if problems.check("image" in doc, "%s: image is required" % what):
        check_image(fetcher, doc["image"], problems, what, expect_image)
    issuer_url = doc.get("issuer")
    if not problems.check(is_iri(issuer_url), "%s: issuer %r is not an IRI" % (what, issuer_url)):
        return None
    issuer = fetch_json(fetcher, issuer_url, problems, "issuer of the BadgeClass")
    if issuer is not None:
        check_profile(issuer, issuer_url, problems)
    return issuer


def normalise(identifier):
    """Our documented normal form, written independently: trim Unicode white space, NFC,
    full case folding, NFC."""
    return unicodedata.normalize("NFC", unicodedata.normalize("NFC", identifier.strip()).casefold())


def check_recipient(recipient, email, problems):
    what = "Assertion recipient"
    if not problems.check(isinstance(recipient, dict), "%s: an IdentityObject is required" % what):
        return
    problems.check(recipient.get("type") in ("id", "email", "url", "telephone"), "%s: type %r" % (what, recipient.get("type")))
    identity = recipient.get("identity")
    problems.check(is_text(identity), "%s: identity is required text" % what)
    problems.check(isinstance(recipient.get("hashed"), bool), "%s: hashed is a required boolean" % what)
    hashed_form = re.match(r"^(sha256\$[0-9a-fA-F]{64}|md5\$[0-9a-fA-F]{32})$", identity or "") is not None
    problems.check(recipient.get("hashed") == hashed_form, "%s: hashed does not match the identity's form" % what)
    problems.check("salt" not in recipient or is_text(recipient["salt"]), "%s: salt is text" % what)
    if email is None:
        return
    # verification.py: hash the candidate with the salt, compare lower-cased hex
    digest = hashlib.sha256((email + recipient.get("salt", "")).encode("utf-8")).hexdigest()
    problems.check((identity or "").lower() == "sha256$" + digest,
                   "%s: identity does not verify for %r" % (what, email))


def check_assertion(fetcher, url, problems, email=None, now=None, expect_image=None):
    """Validates the assertion hosted at url with everything it links to; returns it."""
    doc = fetch_json(fetcher, url, problems, "Assertion")
    if doc is None:
        return None
    what = "Assertion"
    check_context(doc, problems, what)
    problems.check(is_iri(doc.get("id")), "%s: id %r is not an IRI" % (what, doc.get("id")))
    problems.check(doc.get("id") == url, "%s: hosted id %r is not the URL it was fetched from" % (what, doc.get("id")))
    problems.check("Assertion" in types_of(doc), "%s: type %r" % (what, doc.get("type")))
    check_recipient(doc.get("recipient"), email, problems)
    verification = doc.get("verification")
    problems.check(isinstance(verification, dict) and verification.get("type") in ("hosted", "HostedBadge"),
                   "%s: verification must be hosted: %r" % (what, verification))
    problems.check(is_datetime(doc.get("issuedOn")), "%s: issuedOn is a required DateTime with a time zone" % what)
    problems.check("expires" not in doc or is_datetime(doc["expires"]), "%s: expires is a DateTime" % what)
    problems.check("narrative" not in doc or is_text(doc["narrative"]), "%s: narrative is text" % what)
    if is_datetime(doc.get("issuedOn")):  # assertion_timestamp_checks
        now = now or datetime.datetime.now(datetime.timezone.utc)
        issued = parse_datetime(doc["issuedOn"])
        problems.check(issued <= now, "%s: issued in the future" % what)
        if is_datetime(doc.get("expires")):
            expires = parse_datetime(doc["expires"])
            problems.check(expires >= issued, "%s: expires before it was issued" % what)
            problems.check(expires >= now, "%s: expired on %s" % (what, doc["expires"]))
    badge_url = doc.get("badge")
    if not problems.check(is_iri(badge_url), "%s: badge %r is not an IRI" % (what, badge_url)):
        return doc
    badge = fetch_json(fetcher, badge_url, problems, "BadgeClass of the Assertion")
    if badge is None:
        return doc
    issuer = check_badge_class(fetcher, badge, badge_url, problems, expect_image)
    if issuer is not None:  # verification.py: the hosted id within the issuer's origin
        problems.check(urllib.parse.urlparse(url).netloc == urllib.parse.urlparse(issuer.get("id", "")).netloc,
                       "%s: hosted id not on the issuer's origin" % what)
    return doc


# ---- JSON-LD terms: every key is defined by a context of the document ----

def term_definitions(context_doc):
    return {k: v for k, v in context_doc["@context"].items() if not k.startswith("@")}


def check_terms(doc, definitions, problems, what):
    def walk(node, path):
        if isinstance(node, list):
            for item in node:
                walk(item, path)
        elif isinstance(node, dict):
            for key, value in node.items():
                if key == "@context":
                    continue
                problems.check(key in definitions, "%s: %s%s is not defined by any context" % (what, path, key))
                definition = definitions.get(key)
                if isinstance(definition, dict) and definition.get("@type") == "@id":
                    values = value if isinstance(value, list) else [value]
                    problems.check(all(is_iri(v) or isinstance(v, dict) for v in values),
                                   "%s: %s%s must be IRIs or nodes: %r" % (what, path, key, value))
                walk(value, path + key + ".")
    walk(doc, "")


# ---- the two modes ----

def selftest(fixtures):
    expected = {"basic-assertion.json": True, "basic-assertion-invalid-type.json": False,
                "basic-assertion-invalid-context.json": False, "basic-assertion-expired.json": False,
                "basic-assertion-expired-before-issued.json": False, "basic-assertion-in-future.json": False}
    failures = 0
    for name, valid in expected.items():
        with open("%s/%s" % (fixtures, name)) as f:
            url = json.load(f)["id"]
        problems = Problems()
        check_assertion(FixtureFetcher(fixtures + "/assets", {url: "%s/%s" % (fixtures, name)}), url,
                        problems, email="nobody@example.org")
        ok = (not problems) == valid
        failures += not ok
        print("%s %s: %s%s" % ("ok" if ok else "FAIL", name, "valid" if not problems else "invalid",
                              "" if not problems else " (" + "; ".join(problems) + ")"))
    problems = Problems()
    url = "https://example.org/beths-robotics-badge.json"
    check_assertion(FixtureFetcher(fixtures + "/assets", {url: fixtures + "/basic-assertion.json"}), url,
                    problems, email="somebody@example.org")
    ok = any("does not verify" in p for p in problems)
    failures += not ok
    print("%s another recipient does not verify" % ("ok" if ok else "FAIL"))
    return failures


def hosted(manifest):
    fetcher = HttpFetcher()
    problems = Problems()
    with open(manifest["image_file"], "rb") as f:
        image = f.read()
    with open(manifest["ob2_context_file"]) as f:
        definitions = term_definitions(json.load(f))

    # our EU context, served at its path below the base URL
    status, ctype, body = fetcher.get(manifest["eu_context_url"])
    problems.check(status == 200 and ctype == "application/ld+json", "EU context: HTTP %d %s" % (status, ctype))
    with open(manifest["eu_context_file"], "rb") as f:
        problems.check(body == f.read(), "EU context: the served bytes are not the bundled file")
    eu = json.loads(body)
    problems.check(eu["@context"].get("@protected") is True, "EU context: not @protected")
    for term, d in term_definitions(eu).items():
        problems.check(is_url(d.get("@id")), "EU context: %s has no absolute IRI" % term)
        problems.check(term not in definitions, "EU context: %s redefines an OB 2.0 term" % term)
    definitions.update(term_definitions(eu))

    valid = manifest["valid"]
    doc = check_assertion(fetcher, valid["url"], problems, email=normalise(valid["email"]), expect_image=image)
    if doc:
        print("valid assertion:", json.dumps(doc, indent=2))
        again = fetch_json(fetcher, valid["url"], problems, "Assertion (again)")
        problems.check(again == doc, "Assertion: a second render differs (the salt must be stable)")
        for spelling in valid.get("same_person", []):
            digest = hashlib.sha256((normalise(spelling) + doc["recipient"]["salt"]).encode()).hexdigest()
            problems.check(doc["recipient"]["identity"] == "sha256$" + digest,
                           "Assertion: %r does not verify as the same person" % spelling)
        badge = fetch_json(fetcher, doc["badge"], problems, "BadgeClass")
        issuer = fetch_json(fetcher, badge["issuer"], problems, "Issuer") if badge else None
        for what, d in (("Assertion", doc), ("BadgeClass", badge), ("Issuer", issuer)):
            if d is not None:
                check_terms(d, definitions, problems, what)
                problems.check("tags" not in d, "%s: tags are never public" % what)
        if badge:
            print("its badge class:", json.dumps(badge, indent=2))
            for key in manifest.get("eu_terms", []):
                problems.check(key in badge, "BadgeClass: EU micro-credential term %s missing" % key)
        if issuer and "image" in issuer:
            check_image(fetcher, issuer["image"], problems, "Issuer", image)

    revoked = manifest["revoked"]
    status, ctype, body = fetcher.get(revoked["url"])
    problems.check(status == 410, "revoked assertion: HTTP %d, not 410" % status)
    if problems.check(ctype in JSON_TYPES, "revoked assertion: content type %s" % ctype):
        gone = json.loads(body)
        problems.check(gone.get("revoked") is True, "revoked assertion: revoked is not true")
        problems.check(gone.get("revocationReason") == revoked["reason"], "revoked assertion: reason %r" % gone.get("revocationReason"))
        problems.check(gone.get("id") == revoked["url"], "revoked assertion: id %r" % gone.get("id"))
        problems.check("recipient" not in gone, "revoked assertion: shows its recipient")
        print("revoked assertion (HTTP 410):", json.dumps(gone))

    for what, url in manifest["not_found"].items():
        status, _, _ = fetcher.get(url)
        problems.check(status == 404, "%s %s: HTTP %d, not 404" % (what, url, status))

    for p in problems:
        print("FAIL:", p)
    return len(problems)


def main(argv):
    if len(argv) == 3 and argv[1] == "selftest":
        return 1 if selftest(argv[2]) else 0
    if len(argv) == 3 and argv[1] == "hosted":
        with open(argv[2]) as f:
            failures = hosted(json.load(f))
        print("%d problem(s)" % failures)
        return 1 if failures else 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv))
