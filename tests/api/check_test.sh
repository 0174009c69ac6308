#!/usr/bin/env bash
# tools/api/check.sh on altered copies of the API: it passes on the API as it is and on
# additions, and fails, naming the rule, on a missing comment, a renamed or renumbered
# field, a changed field type, a removed method or enum value, and on a break against
# EDUBADGES_API_BASE_REF that the committed baseline cannot see, unless the baseline was
# refreshed (the break accepted).
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

# A copy of the workspace (buf.yaml + proto/) with one sed edit of one proto file.
variant() { # name file sed-script
  rm -rf "${work:?}/$1" && mkdir -p "$work/$1" && cp -r "$root/buf.yaml" "$root/proto" "$work/$1/"
  [ -z "$2" ] || sed -i -e "$3" "$work/$1/proto/edubadges/v1/$2"
  cmp -s "$root/proto/edubadges/v1/${2:-common.proto}" "$work/$1/proto/edubadges/v1/${2:-common.proto}" &&
    [ -n "$2" ] && fail "$1: the edit changed nothing"
  return 0
}
expect_pass() {
  bash "$root/tools/api/check.sh" "$work/$1" >"$work/$1.out" 2>&1 || { cat "$work/$1.out" >&2; fail "$1: expected the check to pass"; }
  echo "ok: $1 passes"
}
expect_fail() { # name text
  if bash "$root/tools/api/check.sh" "$work/$1" >"$work/$1.out" 2>&1; then fail "$1: expected the check to fail"; fi
  grep -qF -- "$2" "$work/$1.out" || { cat "$work/$1.out" >&2; fail "$1: expected '$2' in the output"; }
  echo "ok: $1 fails ($2)"
}

variant unchanged "" ""
expect_pass unchanged
variant added_field institution.proto 's|^message Institution {|&\n  // A new field.\n  string motto = 900;|'
expect_pass added_field
variant added_method vocabulary.proto 's|^service VocabularyService {|&\n  // A new method.\n  rpc GetVocabulary(GetVocabularyRequest) returns (Vocabulary);|;$a\
// Request for GetVocabulary.\nmessage GetVocabularyRequest {\n  // The full name of the enum.\n  string name = 1;\n}'
expect_pass added_method
variant uncommented common.proto 's|^  // The Dutch text.$||'
expect_fail uncommented 'COMMENT_FIELD'
variant renamed_field common.proto 's|^  string nl = 1;|  string dutch = 1;|'
expect_fail renamed_field 'FIELD_SAME_NAME'
variant renumbered_field institution.proto 's|^  string identifier = 2;|  string identifier = 902;|'
expect_fail renumbered_field 'FIELD_NO_DELETE'
variant retyped_field common.proto 's|^  int32 size_bytes = 4;|  int64 size_bytes = 4;|'
expect_fail retyped_field 'FIELD_SAME_TYPE'
variant removed_method institution.proto '/^  rpc GetInstitution(/d'
expect_fail removed_method 'RPC_NO_DELETE'
variant removed_enum_value common.proto '/^  LANGUAGE_EN = 2;/d'
expect_fail removed_enum_value 'ENUM_VALUE_NO_DELETE'

# A field that landed after the baseline was taken is protected by EDUBADGES_API_BASE_REF:
# a throw-away repository whose HEAD has the field, and a work tree that renames it.
repo="$work/repo"
mkdir -p "$repo/tools/api" "$repo/var/tools"
cp "$root"/tools/api/{check.sh,update-baseline.sh,buf.sh,package.json,package-lock.json,baseline.binpb} "$repo/tools/api/"
ln -s "$root/var/tools/api" "$repo/var/tools/api"
cp -r "$work/added_field/buf.yaml" "$work/added_field/proto" "$repo/"
git -C "$repo" init -q && git -C "$repo" add -A &&
  git -C "$repo" -c user.name=t -c user.email=t@example.org commit -qm base
sed -i 's|^  string motto = 900;|  string slogan = 900;|' "$repo/proto/edubadges/v1/institution.proto"
bash "$repo/tools/api/check.sh" >"$work/no_ref.out" 2>&1 || { cat "$work/no_ref.out" >&2; fail "the baseline alone cannot see the new field"; }
echo "ok: the rename of a field unknown to the baseline passes without a base ref"
if EDUBADGES_API_BASE_REF=HEAD bash "$repo/tools/api/check.sh" >"$work/ref.out" 2>&1; then
  fail "expected a failure against EDUBADGES_API_BASE_REF=HEAD"
fi
grep -qF 'FIELD_SAME_NAME' "$work/ref.out" || { cat "$work/ref.out" >&2; fail "base ref: expected FIELD_SAME_NAME"; }
echo "ok: the same rename fails against EDUBADGES_API_BASE_REF"
if EDUBADGES_API_BASE_REF=0000000000000000000000000000000000000000 bash "$repo/tools/api/check.sh" >"$work/bad_ref.out" 2>&1; then
  fail "expected a failure for an unknown base ref"
fi
grep -qF 'is not a commit of this clone' "$work/bad_ref.out" || fail "unknown base ref: expected a clear message"
echo "ok: an unknown base ref is an error"
# The same rename with the baseline refreshed (tools/api/update-baseline.sh): accepted.
bash "$repo/tools/api/update-baseline.sh" >"$work/update.out" 2>&1 || { cat "$work/update.out" >&2; fail "update-baseline failed"; }
EDUBADGES_API_BASE_REF=HEAD bash "$repo/tools/api/check.sh" >"$work/accepted.out" 2>&1 ||
  { cat "$work/accepted.out" >&2; fail "a break accepted with a refreshed baseline must pass"; }
grep -qF 'the baseline was refreshed since HEAD' "$work/accepted.out" || fail "accepted break: expected the reason"
echo "ok: a break accepted by refreshing the baseline passes against the base ref"
echo "check_test: passed"
