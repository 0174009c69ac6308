// Tests of the client layer against a scripted in-process @grpc/grpc-js server: which calls
// are retried and how long, paging on odd tokens, error details that are absent or malformed,
// the client-credentials token (refresh, deadline, secrecy) and concurrent promises. The
// end-to-end behaviour against the real server is in e2e.test.ts.
import assert from "node:assert/strict";
import { after, before, beforeEach, describe, test } from "node:test";
import { inspect } from "node:util";

import {
  Metadata,
  Server,
  ServerCredentials,
  ServerUnaryCall,
  ServiceError,
  UntypedServiceImplementation,
  sendUnaryData,
  status,
} from "@grpc/grpc-js";

import { ApiError, ClientCredentials, ClientOptions, EdubadgesClient, paginate } from "../src";
import { AuthServiceClient, AuthServiceService, Caller, ExchangeClientCredentialsResponse, GetCallerRequest } from "../src/gen/edubadges/v1/auth";
import { CreateDirectAwardBundleRequest, DirectAwardBundle, DirectAwardServiceClient, DirectAwardServiceService } from "../src/gen/edubadges/v1/direct_award";
import { Any } from "../src/gen/google/protobuf/any";
import { BadRequest, ErrorInfo } from "../src/gen/google/rpc/error_details";
import { Status } from "../src/gen/google/rpc/status";
import { CreateTagRequest, GetTagRequest, ListTagsRequest, ListTagsResponse, Tag, TagServiceClient, TagServiceService } from "../src/gen/edubadges/v1/tag";

/** What the scripted server does for one call: an answer, or a failure with status, message and trailers. */
type Step = unknown | ((request: any) => unknown | Promise<unknown>);

class Failure {
  constructor(
    readonly code: status,
    readonly details = "scripted",
    readonly statusDetails?: Buffer,
  ) {}
}

/** The steps per method, in order (the last one repeats); records the calls and their authorization headers. */
class Script {
  steps = new Map<string, Step[]>();
  calls = new Map<string, number>();
  tokens: string[] = [];

  set(method: string, ...steps: Step[]): void {
    this.steps.set(method, steps);
  }

  count(method: string): number {
    return this.calls.get(method) ?? 0;
  }

  reset(): void {
    this.steps.clear();
    this.calls.clear();
    this.tokens = [];
  }

  handler(method: string) {
    return async (call: ServerUnaryCall<unknown, unknown>, callback: sendUnaryData<unknown>) => {
      this.calls.set(method, this.count(method) + 1);
      const auth = call.metadata.get("authorization")[0];
      if (typeof auth === "string") {
        this.tokens.push(auth);
      }
      const steps = this.steps.get(method) ?? [];
      let step = steps.length > 1 ? steps.shift() : steps[0];
      if (typeof step === "function") {
        step = await step(call.request);
      }
      if (step instanceof Failure) {
        const trailers = new Metadata();
        if (step.statusDetails) {
          trailers.set("grpc-status-details-bin", step.statusDetails);
        }
        callback({ code: step.code, details: step.details, metadata: trailers } as Partial<ServiceError> as ServiceError);
      } else {
        callback(null, step);
      }
    };
  }
}

const script = new Script();
const server = new Server();
let target = "";
const unavailable = new Failure(status.UNAVAILABLE, "try again");
const honours = Tag.fromPartial({ name: "tags/AAAAAAAAAAAAAAAAAAAAAA", displayName: "Honours" });
const fast = { maxAttempts: 4, initialBackoffMs: 10, maxBackoffMs: 20, multiplier: 2 };
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const clients: EdubadgesClient[] = [];

function connect(options: ClientOptions = {}): EdubadgesClient {
  const client = new EdubadgesClient(target, { tls: false, retry: fast, ...options });
  clients.push(client);
  return client;
}

function statusDetails(code: status, ...details: Any[]): Buffer {
  return Buffer.from(Status.encode({ code, message: "m", details }).finish());
}

const errorInfo = (reason: string) =>
  Any.fromPartial({ typeUrl: "type.googleapis.com/google.rpc.ErrorInfo", value: Buffer.from(ErrorInfo.encode(ErrorInfo.fromPartial({ reason })).finish()) });
const badRequest = (field: string, description: string) =>
  Any.fromPartial({
    typeUrl: "type.googleapis.com/google.rpc.BadRequest",
    value: Buffer.from(BadRequest.encode(BadRequest.fromPartial({ fieldViolations: [{ field, description }] })).finish()),
  });

async function rejection(promise: Promise<unknown>): Promise<ApiError> {
  try {
    await promise;
  } catch (e) {
    assert.ok(e instanceof ApiError, `expected an ApiError, got ${e}`);
    return e;
  }
  assert.fail("the call succeeded");
}

before(async () => {
  for (const service of [TagServiceService, DirectAwardServiceService, AuthServiceService]) {
    const implementation: UntypedServiceImplementation = {};
    for (const [key, method] of Object.entries(service)) {
      implementation[key] = script.handler(method.path.slice(method.path.lastIndexOf("/") + 1));
    }
    server.addService(service, implementation);
  }
  const port = await new Promise<number>((resolve, reject) =>
    server.bindAsync("127.0.0.1:0", ServerCredentials.createInsecure(), (error, p) => (error ? reject(error) : resolve(p))),
  );
  target = `127.0.0.1:${port}`;
});

after(() => {
  for (const client of clients) {
    client.close();
  }
  server.forceShutdown();
});

beforeEach(() => script.reset());

describe("retries", () => {
  test("a read is retried on UNAVAILABLE", async () => {
    script.set("GetTag", unavailable, unavailable, honours);
    const tags = connect().service(TagServiceClient);
    assert.deepEqual(await tags.getTag(GetTagRequest.fromPartial({ name: honours.name })), honours);
    assert.equal(script.count("GetTag"), 3);
  });

  test("a create is retried only with a request id", async () => {
    script.set("CreateTag", unavailable, honours);
    const error = await rejection(connect().service(TagServiceClient).createTag(CreateTagRequest.fromPartial({ tag: honours })));
    assert.equal(error.code, status.UNAVAILABLE);
    assert.equal(script.count("CreateTag"), 1);

    const bundle = DirectAwardBundle.fromPartial({ name: "directAwardBundles/AAAAAAAAAAAAAAAAAAAAAA" });
    script.set("CreateDirectAwardBundle", unavailable, bundle);
    const awards = connect().service(DirectAwardServiceClient);
    assert.deepEqual(await awards.createDirectAwardBundle(CreateDirectAwardBundleRequest.fromPartial({ requestId: "sis-1" })), bundle);
    assert.equal(script.count("CreateDirectAwardBundle"), 2);
    script.set("CreateDirectAwardBundle", unavailable, bundle);
    await rejection(awards.createDirectAwardBundle(CreateDirectAwardBundleRequest.fromPartial({})));
    assert.equal(script.count("CreateDirectAwardBundle"), 3);
  });

  test("other codes are not retried", async () => {
    const tags = connect().service(TagServiceClient);
    for (const code of [status.INVALID_ARGUMENT, status.ABORTED, status.INTERNAL, status.RESOURCE_EXHAUSTED, status.UNKNOWN]) {
      script.reset();
      script.set("GetTag", new Failure(code), honours);
      assert.equal((await rejection(tags.getTag(GetTagRequest.fromPartial({ name: honours.name })))).code, code);
      assert.equal(script.count("GetTag"), 1, `retried on ${status[code]}`);
    }
  });

  test("retries end at the deadline", async () => {
    script.set("GetTag", unavailable);
    const tags = connect({ retry: { maxAttempts: 10, initialBackoffMs: 10_000, maxBackoffMs: 10_000, multiplier: 1 } }).service(TagServiceClient);
    const start = Date.now();
    const error = await rejection(tags.getTag(GetTagRequest.fromPartial({ name: honours.name }), { deadline: new Date(Date.now() + 300) }));
    assert.ok([status.UNAVAILABLE, status.DEADLINE_EXCEEDED].includes(error.code));
    assert.ok(Date.now() - start < 5000, `returned after ${Date.now() - start} ms`);
  });
});

describe("paging", () => {
  const page = (token: string, ...names: string[]) =>
    ListTagsResponse.fromPartial({ tags: names.map((displayName) => ({ displayName })), nextPageToken: token });
  const list = async () => {
    const tags = connect().service(TagServiceClient);
    const names: string[] = [];
    for await (const tag of paginate(tags.listTags, ListTagsRequest.fromPartial({ institution: "institutions/x", pageSize: 2 }), (r) => r.tags)) {
      names.push(tag.displayName);
    }
    return names;
  };

  test("paginate follows the tokens to the last page", async () => {
    const pages: Record<string, ListTagsResponse> = { "": page("p2", "a", "b"), p2: page("p3", "c"), p3: page("") };
    const sent: string[] = [];
    script.set("ListTags", (request: ListTagsRequest) => {
      sent.push(request.pageToken);
      return pages[request.pageToken];
    });
    assert.deepEqual(await list(), ["a", "b", "c"]);
    assert.deepEqual(sent, ["", "p2", "p3"]);
  });
  test("paginate stops on a repeated token", async () => {
    // A server that hands out a token it gave before would send the iterator round in a
    // circle; the fourth answer ends the list so that the test cannot hang.
    script.set("ListTags", page("p1", "a"), page("p2", "b"), page("p1", "c"), page("", "d"));
    await assert.rejects(list(), /repeated the page token "p1"/);
    assert.equal(script.count("ListTags"), 3);
  });
});

describe("error details", () => {
  const failWith = (statusDetails?: Buffer) => {
    script.set("CreateTag", new Failure(status.INVALID_ARGUMENT, "bad", statusDetails));
    return rejection(connect().service(TagServiceClient).createTag(CreateTagRequest.fromPartial({})));
  };

  test("are decoded", async () => {
    const error = await failWith(statusDetails(status.INVALID_ARGUMENT, errorInfo("INVALID_ARGUMENT"), badRequest("tag", "missing")));
    assert.deepEqual([error.code, error.details, error.reason], [status.INVALID_ARGUMENT, "bad", "INVALID_ARGUMENT"]);
    assert.deepEqual(error.fieldViolations, [{ field: "tag", description: "missing" }]);
  });

  test("may be absent", async () => {
    const error = await failWith();
    assert.deepEqual([error.code, error.details, error.reason, error.fieldViolations], [status.INVALID_ARGUMENT, "bad", "", []]);
  });

  test("that are no google.rpc.Status leave the status", async () => {
    const error = await failWith(Buffer.from([0xff, 0xff, 0xff, 0xff]));
    assert.deepEqual([error.code, error.details, error.reason, error.fieldViolations], [status.INVALID_ARGUMENT, "bad", "", []]);
  });

  test("that do not decode are left out, the others kept", async () => {
    const broken = Any.fromPartial({ typeUrl: "type.googleapis.com/google.rpc.ErrorInfo", value: Buffer.from([0xff, 0xff, 0xff]) });
    const unknown = Any.fromPartial({ typeUrl: "type.googleapis.com/example.Unknown", value: Buffer.from([8, 1]) });
    const error = await failWith(statusDetails(status.INVALID_ARGUMENT, broken, unknown, badRequest("tag", "missing")));
    assert.deepEqual([error.code, error.reason], [status.INVALID_ARGUMENT, ""]);
    assert.deepEqual(error.fieldViolations, [{ field: "tag", description: "missing" }]);
  });
});

describe("client credentials", () => {
  const exchanges = (lifetimeSeconds: number, prefix = "ebc.token", delayMs = 0) => {
    let n = 0;
    return async () => {
      await sleep(delayMs);
      n++;
      return ExchangeClientCredentialsResponse.fromPartial({ accessToken: `${prefix}${n}`, tokenType: "Bearer", expiresIn: lifetimeSeconds });
    };
  };

  test("the token is exchanged once and refreshed before it expires", async () => {
    script.set("ExchangeClientCredentials", exchanges(1));
    script.set("GetCaller", Caller.fromPartial({}));
    const auth = connect({ token: new ClientCredentials("client", "s3cret") }).service(AuthServiceClient);
    await auth.getCaller(GetCallerRequest.fromPartial({}));
    await auth.getCaller(GetCallerRequest.fromPartial({}));
    assert.equal(script.count("ExchangeClientCredentials"), 1);
    await sleep(600); // past half of the one-second lifetime
    await auth.getCaller(GetCallerRequest.fromPartial({}));
    assert.equal(script.count("ExchangeClientCredentials"), 2);
    assert.deepEqual(script.tokens, ["Bearer ebc.token1", "Bearer ebc.token1", "Bearer ebc.token2"]);
  });

  test("a refused token is exchanged anew", async () => {
    // The token is revoked (RevokeClientToken, or after a leak): the call that is refused
    // fails, the next one exchanges again instead of using the dead token until it expires.
    script.set("ExchangeClientCredentials", exchanges(3600));
    script.set("GetCaller", new Failure(status.UNAUTHENTICATED, "revoked"), Caller.fromPartial({}));
    const auth = connect({ token: new ClientCredentials("client", "s3cret") }).service(AuthServiceClient);
    assert.equal((await rejection(auth.getCaller(GetCallerRequest.fromPartial({})))).code, status.UNAUTHENTICATED);
    await auth.getCaller(GetCallerRequest.fromPartial({}));
    assert.equal(script.count("ExchangeClientCredentials"), 2);
    assert.deepEqual(script.tokens, ["Bearer ebc.token1", "Bearer ebc.token2"]);
  });

  test("concurrent calls share one exchange", async () => {
    script.set("ExchangeClientCredentials", exchanges(3600, "ebc.token", 200));
    script.set("GetCaller", Caller.fromPartial({}));
    const auth = connect({ token: new ClientCredentials("client", "s3cret") }).service(AuthServiceClient);
    await Promise.all(Array.from({ length: 16 }, () => auth.getCaller(GetCallerRequest.fromPartial({}))));
    assert.equal(script.count("ExchangeClientCredentials"), 1);
    assert.deepEqual(script.tokens, Array(16).fill("Bearer ebc.token1"));
  });

  test("the exchange keeps to the deadline of the call", async () => {
    // The first call has no deadline and its exchange hangs (3 s); calls with a deadline
    // fail at it, whether they started that exchange or wait for it.
    script.set("ExchangeClientCredentials", exchanges(3600, "ebc.token", 3000));
    script.set("GetCaller", Caller.fromPartial({}));
    const waiting = connect({ token: new ClientCredentials("client", "s3cret") }).service(AuthServiceClient);
    const hanging = waiting.getCaller(GetCallerRequest.fromPartial({})).catch(() => undefined);
    const start = Date.now();
    const error = await rejection(waiting.getCaller(GetCallerRequest.fromPartial({}), { deadline: new Date(Date.now() + 300) }));
    assert.equal(error.code, status.DEADLINE_EXCEEDED);
    const own = connect({ token: new ClientCredentials("client", "s3cret") }).service(AuthServiceClient);
    const ownError = await rejection(own.getCaller(GetCallerRequest.fromPartial({}), { deadline: new Date(Date.now() + 300) }));
    assert.equal(ownError.code, status.DEADLINE_EXCEEDED);
    assert.ok(Date.now() - start < 2500, `failed after ${Date.now() - start} ms`);
    assert.equal(script.count("GetCaller"), 0);
    await hanging;
  });

  test("the secret and the token are not shown", async () => {
    script.set("ExchangeClientCredentials", exchanges(3600, "ebc.verysecrettoken"));
    script.set("GetCaller", new Failure(status.PERMISSION_DENIED));
    const credentials = new ClientCredentials("client", "s3cret-value");
    const client = connect({ token: credentials });
    const error = await rejection(client.service(AuthServiceClient).getCaller(GetCallerRequest.fromPartial({})));
    const fixed = connect({ token: "ebc.fixedsecrettoken" });
    for (const shown of [inspect(credentials, { depth: 5 }), inspect(client, { depth: 5 }), inspect(fixed, { depth: 5 }), String(error), inspect(error), JSON.stringify(credentials), JSON.stringify(client)]) {
      for (const secret of ["s3cret-value", "verysecrettoken", "fixedsecrettoken"]) {
        assert.ok(!shown.includes(secret), `${secret} is shown in: ${shown}`);
      }
    }
  });
});

test("one channel per service of a client, however often service() is called", () => {
  const client = connect();
  assert.equal(client.service(TagServiceClient), client.service(TagServiceClient));
  assert.notEqual(client.service(TagServiceClient), client.service(AuthServiceClient) as unknown);
});
