package edubadges_test

// Tests of the client layer against a scripted in-process gRPC server: which calls are
// retried and how long, paging on odd tokens, error details that are absent or malformed, the
// client-credentials token (refresh, deadline, secrecy) and use from several goroutines. The
// end-to-end behaviour against the real server is in e2e_test.go.

import (
	"context"
	"errors"
	"fmt"
	"net"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	edubadges "edubadges.nl/sdk/go"
	pb "edubadges.nl/sdk/go/gen/edubadges/v1"
	"google.golang.org/genproto/googleapis/rpc/errdetails"
	spb "google.golang.org/genproto/googleapis/rpc/status"
	"google.golang.org/grpc"
	"google.golang.org/grpc/codes"
	"google.golang.org/grpc/metadata"
	"google.golang.org/grpc/status"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/types/known/anypb"
)

// step is what the scripted server does for one call: an answer or an error.
type step func(ctx context.Context, req any) (any, error)

func answer(m proto.Message) step { return func(context.Context, any) (any, error) { return m, nil } }
func fail(c codes.Code) step {
	return func(context.Context, any) (any, error) { return nil, status.Error(c, "scripted") }
}

// script holds the steps per method, in order (the last one repeats), and records the
// calls and the authorization header of each.
type script struct {
	mu     sync.Mutex
	steps  map[string][]step
	calls  map[string]int
	tokens []string
}

func (s *script) set(method string, steps ...step) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.steps[method] = steps
}

func (s *script) count(method string) int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.calls[method]
}

func (s *script) answer(ctx context.Context, method string, req any) (any, error) {
	s.mu.Lock()
	s.calls[method]++
	steps := s.steps[method]
	next := steps[0]
	if len(steps) > 1 {
		s.steps[method] = steps[1:]
	}
	md, _ := metadata.FromIncomingContext(ctx)
	if auth := md.Get("authorization"); len(auth) > 0 {
		s.tokens = append(s.tokens, auth[0])
	}
	s.mu.Unlock()
	return next(ctx, req)
}

// reply converts a scripted answer into the method's response type.
func reply[T any](ctx context.Context, s *script, method string, req any) (*T, error) {
	resp, err := s.answer(ctx, method, req)
	if err != nil {
		return nil, err
	}
	return resp.(*T), nil
}

type tags struct {
	pb.UnimplementedTagServiceServer
	s *script
}

func (f tags) CreateTag(ctx context.Context, r *pb.CreateTagRequest) (*pb.Tag, error) {
	return reply[pb.Tag](ctx, f.s, "CreateTag", r)
}
func (f tags) GetTag(ctx context.Context, r *pb.GetTagRequest) (*pb.Tag, error) {
	return reply[pb.Tag](ctx, f.s, "GetTag", r)
}
func (f tags) ListTags(ctx context.Context, r *pb.ListTagsRequest) (*pb.ListTagsResponse, error) {
	return reply[pb.ListTagsResponse](ctx, f.s, "ListTags", r)
}

type awards struct {
	pb.UnimplementedDirectAwardServiceServer
	s *script
}

func (f awards) CreateDirectAwardBundle(ctx context.Context, r *pb.CreateDirectAwardBundleRequest) (*pb.DirectAwardBundle, error) {
	return reply[pb.DirectAwardBundle](ctx, f.s, "CreateDirectAwardBundle", r)
}

type auth struct {
	pb.UnimplementedAuthServiceServer
	s *script
}

func (f auth) ExchangeClientCredentials(ctx context.Context, r *pb.ExchangeClientCredentialsRequest) (*pb.ExchangeClientCredentialsResponse, error) {
	return reply[pb.ExchangeClientCredentialsResponse](ctx, f.s, "ExchangeClientCredentials", r)
}
func (f auth) GetCaller(ctx context.Context, r *pb.GetCallerRequest) (*pb.Caller, error) {
	return reply[pb.Caller](ctx, f.s, "GetCaller", r)
}

// serve starts the scripted server; it stops at the end of the test.
func serve(t *testing.T) (*script, string) {
	t.Helper()
	s := &script{steps: map[string][]step{}, calls: map[string]int{}}
	lis, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	srv := grpc.NewServer()
	pb.RegisterTagServiceServer(srv, tags{s: s})
	pb.RegisterDirectAwardServiceServer(srv, awards{s: s})
	pb.RegisterAuthServiceServer(srv, auth{s: s})
	go func() { _ = srv.Serve(lis) }()
	t.Cleanup(srv.Stop)
	return s, lis.Addr().String()
}

var fast = edubadges.RetryPolicy{MaxAttempts: 4, InitialBackoff: 10 * time.Millisecond, MaxBackoff: 20 * time.Millisecond, Multiplier: 2}

func dialScripted(t *testing.T, target string, opts ...edubadges.Option) *edubadges.Client {
	t.Helper()
	c, err := edubadges.Dial(target, append([]edubadges.Option{edubadges.WithPlaintext(), edubadges.WithRetry(fast)}, opts...)...)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { _ = c.Close() })
	return c
}

var honours = &pb.Tag{Name: "tags/AAAAAAAAAAAAAAAAAAAAAA", DisplayName: "Honours"}

func TestRetriesOnlyReadsAndRequestIDsOnUnavailable(t *testing.T) {
	s, target := serve(t)
	ctx := context.Background()
	tagClient := pb.NewTagServiceClient(dialScripted(t, target).Conn())

	s.set("GetTag", fail(codes.Unavailable), fail(codes.Unavailable), answer(honours))
	if got, err := tagClient.GetTag(ctx, &pb.GetTagRequest{Name: honours.Name}); err != nil || got.GetName() != honours.Name {
		t.Fatalf("GetTag = %v, %v", got, err)
	}
	if n := s.count("GetTag"); n != 3 {
		t.Errorf("GetTag was called %d times, want 3", n)
	}

	s.set("CreateTag", fail(codes.Unavailable), answer(honours))
	if _, err := tagClient.CreateTag(ctx, &pb.CreateTagRequest{Tag: honours}); status.Code(err) != codes.Unavailable {
		t.Errorf("CreateTag without request_id: %v, want UNAVAILABLE", err)
	}
	if n := s.count("CreateTag"); n != 1 {
		t.Errorf("CreateTag was called %d times, want 1", n)
	}

	awardClient := pb.NewDirectAwardServiceClient(dialScripted(t, target).Conn())
	bundle := &pb.DirectAwardBundle{Name: "directAwardBundles/AAAAAAAAAAAAAAAAAAAAAA"}
	s.set("CreateDirectAwardBundle", fail(codes.Unavailable), answer(bundle))
	if got, err := awardClient.CreateDirectAwardBundle(ctx, &pb.CreateDirectAwardBundleRequest{RequestId: "sis-1"}); err != nil || got.GetName() != bundle.Name {
		t.Fatalf("CreateDirectAwardBundle with request_id = %v, %v", got, err)
	}
	if n := s.count("CreateDirectAwardBundle"); n != 2 {
		t.Errorf("CreateDirectAwardBundle with request_id was called %d times, want 2", n)
	}

	for _, c := range []codes.Code{codes.InvalidArgument, codes.Aborted, codes.Internal, codes.ResourceExhausted, codes.Unknown} {
		before := s.count("GetTag")
		s.set("GetTag", fail(c), answer(honours))
		if _, err := tagClient.GetTag(ctx, &pb.GetTagRequest{Name: honours.Name}); status.Code(err) != c {
			t.Errorf("GetTag: %v, want %v", err, c)
		}
		if n := s.count("GetTag") - before; n != 1 {
			t.Errorf("GetTag failing with %v was called %d times, want 1", c, n)
		}
	}
}

func TestRetriesEndAtTheDeadline(t *testing.T) {
	s, target := serve(t)
	s.set("GetTag", fail(codes.Unavailable))
	slow := edubadges.RetryPolicy{MaxAttempts: 10, InitialBackoff: 10 * time.Second, MaxBackoff: 10 * time.Second, Multiplier: 1}
	tagClient := pb.NewTagServiceClient(dialScripted(t, target, edubadges.WithRetry(slow)).Conn())
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := tagClient.GetTag(ctx, &pb.GetTagRequest{Name: honours.Name})
	if c := status.Code(err); c != codes.Unavailable && c != codes.DeadlineExceeded {
		t.Errorf("GetTag: %v", err)
	}
	if d := time.Since(start); d > 5*time.Second {
		t.Errorf("GetTag returned after %v, past its deadline", d)
	}
}

func listTags(t *testing.T, target string) ([]string, error) {
	t.Helper()
	tagClient := pb.NewTagServiceClient(dialScripted(t, target).Conn())
	var names []string
	for item, err := range edubadges.All(context.Background(), tagClient.ListTags,
		&pb.ListTagsRequest{Institution: "institutions/x", PageSize: 2}, (*pb.ListTagsResponse).GetTags) {
		if err != nil {
			return names, err
		}
		names = append(names, item.GetDisplayName())
	}
	return names, nil
}

func page(token string, names ...string) step {
	r := &pb.ListTagsResponse{NextPageToken: token}
	for _, n := range names {
		r.Tags = append(r.Tags, &pb.Tag{DisplayName: n})
	}
	return answer(r)
}

func TestAllFollowsTheTokensToTheLastPage(t *testing.T) {
	s, target := serve(t)
	var sent []string
	pages := map[string]step{"": page("p2", "a", "b"), "p2": page("p3", "c"), "p3": page("")}
	s.set("ListTags", func(ctx context.Context, req any) (any, error) {
		token := req.(*pb.ListTagsRequest).GetPageToken()
		sent = append(sent, token)
		return pages[token](ctx, req)
	})
	names, err := listTags(t, target)
	if err != nil || !slices.Equal(names, []string{"a", "b", "c"}) || !slices.Equal(sent, []string{"", "p2", "p3"}) {
		t.Errorf("All = %v, %v after the tokens %q", names, err, sent)
	}
}

func TestAllStopsOnARepeatedToken(t *testing.T) {
	// A server that hands out a token it gave before would send the iterator round in a
	// circle; the fourth answer ends the list so that the test cannot hang.
	s, target := serve(t)
	s.set("ListTags", page("p1", "a"), page("p2", "b"), page("p1", "c"), page("", "d"))
	names, err := listTags(t, target)
	if err == nil || !strings.Contains(err.Error(), `"p1"`) {
		t.Errorf("All ended with %v, want an error naming the repeated token", err)
	}
	if !slices.Equal(names, []string{"a", "b", "c"}) || s.count("ListTags") != 3 {
		t.Errorf("All yielded %v in %d pages, want a, b, c in 3", names, s.count("ListTags"))
	}
}

func TestErrorDetails(t *testing.T) {
	s, target := serve(t)
	tagClient := pb.NewTagServiceClient(dialScripted(t, target).Conn())
	withDetails := func(details ...*anypb.Any) step {
		return func(context.Context, any) (any, error) {
			return nil, status.FromProto(&spb.Status{Code: int32(codes.InvalidArgument), Message: "bad", Details: details}).Err()
		}
	}
	pack := func(m proto.Message) *anypb.Any {
		a, err := anypb.New(m)
		if err != nil {
			t.Fatal(err)
		}
		return a
	}
	violation := &errdetails.BadRequest{FieldViolations: []*errdetails.BadRequest_FieldViolation{{Field: "tag", Description: "missing"}}}
	cases := []struct {
		name       string
		step       step
		reason     string
		violations []edubadges.FieldViolation
	}{
		{"decoded", withDetails(pack(&errdetails.ErrorInfo{Reason: "INVALID_ARGUMENT"}), pack(violation)),
			"INVALID_ARGUMENT", []edubadges.FieldViolation{{Field: "tag", Description: "missing"}}},
		{"absent", fail(codes.InvalidArgument), "", nil},
		{"one malformed", withDetails(&anypb.Any{TypeUrl: "type.googleapis.com/google.rpc.ErrorInfo", Value: []byte{0xff, 0xff, 0xff}},
			&anypb.Any{TypeUrl: "type.googleapis.com/example.Unknown", Value: []byte{8, 1}}, pack(violation)),
			"", []edubadges.FieldViolation{{Field: "tag", Description: "missing"}}},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s.set("CreateTag", c.step)
			_, err := tagClient.CreateTag(context.Background(), &pb.CreateTagRequest{})
			var apiErr *edubadges.Error
			if !errors.As(err, &apiErr) {
				t.Fatalf("CreateTag: %v (%T), want *edubadges.Error", err, err)
			}
			if apiErr.Code != codes.InvalidArgument || apiErr.Reason != c.reason || !slices.Equal(apiErr.FieldViolations, c.violations) {
				t.Errorf("got %v %q %v, want INVALID_ARGUMENT %q %v", apiErr.Code, apiErr.Reason, apiErr.FieldViolations, c.reason, c.violations)
			}
			if status.Code(err) != codes.InvalidArgument {
				t.Errorf("status.Code = %v", status.Code(err))
			}
		})
	}
}

// exchanges answers every exchange with a new token of the given lifetime.
func exchanges(lifetime int32, prefix string, delay time.Duration) step {
	var mu sync.Mutex
	n := 0
	return func(ctx context.Context, _ any) (any, error) {
		select {
		case <-time.After(delay):
		case <-ctx.Done():
			return nil, ctx.Err()
		}
		mu.Lock()
		defer mu.Unlock()
		n++
		return &pb.ExchangeClientCredentialsResponse{AccessToken: fmt.Sprintf("%s%d", prefix, n), TokenType: "Bearer", ExpiresIn: lifetime}, nil
	}
}

func TestClientCredentialsAreRefreshedBeforeTheyExpire(t *testing.T) {
	s, target := serve(t)
	s.set("ExchangeClientCredentials", exchanges(1, "ebc.token", 0))
	s.set("GetCaller", answer(&pb.Caller{}))
	authClient := pb.NewAuthServiceClient(dialScripted(t, target, edubadges.WithClientCredentials("client", "s3cret")).Conn())
	for i := range 3 {
		if i == 2 {
			time.Sleep(600 * time.Millisecond) // past half of the one-second lifetime
		}
		if _, err := authClient.GetCaller(context.Background(), &pb.GetCallerRequest{}); err != nil {
			t.Fatal(err)
		}
	}
	want := []string{"Bearer ebc.token1", "Bearer ebc.token1", "Bearer ebc.token2"}
	if s.count("ExchangeClientCredentials") != 2 || !slices.Equal(s.tokens, want) {
		t.Errorf("%d exchanges, tokens %q; want 2 and %q", s.count("ExchangeClientCredentials"), s.tokens, want)
	}
}

func TestARefusedTokenIsExchangedAnew(t *testing.T) {
	// The token is revoked (RevokeClientToken, or after a leak): the call that is refused
	// fails, the next one exchanges again instead of using the dead token until it expires.
	s, target := serve(t)
	s.set("ExchangeClientCredentials", exchanges(3600, "ebc.token", 0))
	s.set("GetCaller", fail(codes.Unauthenticated), answer(&pb.Caller{}))
	authClient := pb.NewAuthServiceClient(dialScripted(t, target, edubadges.WithClientCredentials("client", "s3cret")).Conn())
	if _, err := authClient.GetCaller(context.Background(), &pb.GetCallerRequest{}); status.Code(err) != codes.Unauthenticated {
		t.Fatalf("GetCaller: %v, want UNAUTHENTICATED", err)
	}
	if _, err := authClient.GetCaller(context.Background(), &pb.GetCallerRequest{}); err != nil {
		t.Fatal(err)
	}
	want := []string{"Bearer ebc.token1", "Bearer ebc.token2"}
	if s.count("ExchangeClientCredentials") != 2 || !slices.Equal(s.tokens, want) {
		t.Errorf("%d exchanges, tokens %q; want 2 and %q", s.count("ExchangeClientCredentials"), s.tokens, want)
	}
}

func TestClientCredentialsFromManyGoroutines(t *testing.T) {
	s, target := serve(t)
	s.set("ExchangeClientCredentials", exchanges(3600, "ebc.token", 200*time.Millisecond))
	s.set("GetCaller", answer(&pb.Caller{}))
	authClient := pb.NewAuthServiceClient(dialScripted(t, target, edubadges.WithClientCredentials("client", "s3cret")).Conn())
	var wg sync.WaitGroup
	errs := make(chan error, 16)
	for range 16 {
		wg.Go(func() {
			_, err := authClient.GetCaller(context.Background(), &pb.GetCallerRequest{})
			errs <- err
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		if err != nil {
			t.Fatal(err)
		}
	}
	if n := s.count("ExchangeClientCredentials"); n != 1 || len(s.tokens) != 16 || slices.ContainsFunc(s.tokens, func(v string) bool { return v != "Bearer ebc.token1" }) {
		t.Errorf("%d exchanges, tokens %q; want 1 and 16 times ebc.token1", n, s.tokens)
	}
}

func TestClientCredentialsKeepToTheDeadline(t *testing.T) {
	// The first call has no deadline and its exchange hangs (3 s); a second call waiting for
	// that exchange fails at its own deadline.
	s, target := serve(t)
	s.set("ExchangeClientCredentials", exchanges(3600, "ebc.token", 3*time.Second))
	s.set("GetCaller", answer(&pb.Caller{}))
	authClient := pb.NewAuthServiceClient(dialScripted(t, target, edubadges.WithClientCredentials("client", "s3cret")).Conn())
	go func() { _, _ = authClient.GetCaller(context.Background(), &pb.GetCallerRequest{}) }()
	time.Sleep(100 * time.Millisecond)
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()
	start := time.Now()
	_, err := authClient.GetCaller(ctx, &pb.GetCallerRequest{})
	if status.Code(err) != codes.DeadlineExceeded || time.Since(start) > 2*time.Second {
		t.Errorf("GetCaller waiting for the exchange: %v after %v, want DEADLINE_EXCEEDED at its deadline", err, time.Since(start))
	}
}

func TestSecretsAreNotShown(t *testing.T) {
	s, target := serve(t)
	s.set("ExchangeClientCredentials", exchanges(3600, "ebc.verysecrettoken", 0))
	s.set("GetCaller", fail(codes.PermissionDenied))
	client := dialScripted(t, target, edubadges.WithClientCredentials("client", "s3cret-value"))
	_, err := pb.NewAuthServiceClient(client.Conn()).GetCaller(context.Background(), &pb.GetCallerRequest{})
	if err == nil {
		t.Fatal("GetCaller succeeded")
	}
	for _, shown := range []string{err.Error(), fmt.Sprintf("%+v", err), fmt.Sprintf("%+v", client), fmt.Sprintf("%#v", client)} {
		if strings.Contains(shown, "s3cret-value") || strings.Contains(shown, "verysecrettoken") {
			t.Errorf("a secret is shown: %s", shown)
		}
	}
}
