"""Python grpcio against the server: health, an institution RPC, and the rich error."""
import sys

import grpc
from edubadges.v1 import institution_pb2
from google.rpc import error_details_pb2, status_pb2

target, token = sys.argv[1], sys.argv[2]
channel = grpc.insecure_channel(target)
auth = (("authorization", "Bearer " + token),)

def unary(method, request, response_class, metadata=()):
    call = channel.unary_unary(method, request_serializer=lambda m: m.SerializeToString(),
                               response_deserializer=response_class.FromString)
    return call(request, metadata=metadata, timeout=10)

# health, with the message built by hand: HealthCheckRequest{service=""} is empty
health = channel.unary_unary("/grpc.health.v1.Health/Check",
                             request_serializer=lambda b: b, response_deserializer=lambda b: b)
assert health(b"", timeout=10) == b"\x08\x01", "health: SERVING"

req = institution_pb2.ListInstitutionsRequest(page_size=5)
resp = unary("/edubadges.v1.InstitutionService/ListInstitutions", req,
             institution_pb2.ListInstitutionsResponse, auth)
assert any(i.identifier == "leidenuniv.nl" for i in resp.institutions), resp

try:
    unary("/edubadges.v1.InstitutionService/CreateInstitution",
          institution_pb2.CreateInstitutionRequest(institution=institution_pb2.Institution(identifier="x")),
          institution_pb2.Institution, auth)
    raise SystemExit("expected INVALID_ARGUMENT")
except grpc.RpcError as e:
    assert e.code() == grpc.StatusCode.INVALID_ARGUMENT, e.code()
    details = dict(e.trailing_metadata()).get("grpc-status-details-bin")
    st = status_pb2.Status.FromString(details)
    assert st.code == 3
    fields = []
    for any_ in st.details:
        if any_.Is(error_details_pb2.BadRequest.DESCRIPTOR):
            br = error_details_pb2.BadRequest()
            any_.Unpack(br)
            fields = [v.field for v in br.field_violations]
    assert "institution.identifier" in fields and "institution.sector" in fields, fields

try:
    unary("/edubadges.v1.InstitutionService/ListInstitutions", req, institution_pb2.ListInstitutionsResponse)
    raise SystemExit("expected UNAUTHENTICATED")
except grpc.RpcError as e:
    assert e.code() == grpc.StatusCode.UNAUTHENTICATED, e.code()

# two authorization headers are ambiguous (which one did a proxy add?): refused
try:
    unary("/edubadges.v1.InstitutionService/ListInstitutions", req, institution_pb2.ListInstitutionsResponse,
          auth + (("authorization", "Bearer someone-else"),))
    raise SystemExit("expected UNAUTHENTICATED for two authorization headers")
except grpc.RpcError as e:
    assert e.code() == grpc.StatusCode.UNAUTHENTICATED, e.code()
print("python grpcio: health, list, rich error and auth checked")
