package edubadges

// All: every item of an AIP List method, fetched page by page.

import (
	"context"
	"fmt"
	"iter"

	"google.golang.org/grpc"
	"google.golang.org/protobuf/proto"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// ListResponse is a List method's response: one page and the token of the next.
type ListResponse interface {
	GetNextPageToken() string
}

// All yields every item of a List method: list is called with req (copied, its page_token
// replaced) until the last page; items picks the page's items from a response. An error
// ends the sequence, also a next_page_token the server had already sent (which would send
// the iteration round in a circle).
//
//	for award, err := range edubadges.All(ctx, awards.ListDirectAwards, req,
//		(*edubadgesv1.ListDirectAwardsResponse).GetDirectAwards) { ... }
func All[Req proto.Message, Resp ListResponse, Item any](ctx context.Context,
	list func(context.Context, Req, ...grpc.CallOption) (Resp, error), req Req,
	items func(Resp) []Item, opts ...grpc.CallOption) iter.Seq2[Item, error] {
	return func(yield func(Item, error) bool) {
		page := proto.Clone(req).(Req)
		token := page.ProtoReflect().Descriptor().Fields().ByName("page_token")
		used := map[string]bool{}
		if token != nil {
			used[page.ProtoReflect().Get(token).String()] = true
		}
		for {
			resp, err := list(ctx, page, opts...)
			if err != nil {
				var zero Item
				yield(zero, err)
				return
			}
			for _, item := range items(resp) {
				if !yield(item, nil) {
					return
				}
			}
			next := resp.GetNextPageToken()
			if next == "" || token == nil {
				return
			}
			if used[next] {
				var zero Item
				yield(zero, fmt.Errorf("edubadges: the server repeated the page token %q", next))
				return
			}
			used[next] = true
			page.ProtoReflect().Set(token, protoreflect.ValueOfString(next))
		}
	}
}
