package nl.edubadges.sdk;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.function.Function;

/** Every item of an AIP List method, fetched page by page (page_token). */
public final class Pages {
  private Pages() {}

  /** A List method's response: one page and the token of the next. */
  private static String nextPageToken(Message response) {
    FieldDescriptor field = response.getDescriptorForType().findFieldByName("next_page_token");
    return field == null ? "" : (String) response.getField(field);
  }

  /**
   * The items of every page, fetched lazily while iterating: {@code list} is called with
   * {@code request} (its page_token replaced) until the last page; {@code items} picks a
   * page's items. A next_page_token the server had already sent (which would loop forever)
   * makes the iteration throw IllegalStateException after the items of that page.
   *
   * <pre>{@code
   * for (DirectAward award : Pages.all(request, stub::listDirectAwards, ListDirectAwardsResponse::getDirectAwardsList)) { ... }
   * }</pre>
   */
  public static <Req extends Message, Resp extends Message, Item> Iterable<Item> all(
      Req request, Function<Req, Resp> list, Function<Resp, List<Item>> items) {
    FieldDescriptor pageToken = request.getDescriptorForType().findFieldByName("page_token");
    return () -> new Iterator<Item>() {
      private Req page = request;
      private Iterator<Item> current = List.<Item>of().iterator();
      private boolean last;
      private final Set<Object> used = new HashSet<>(pageToken == null ? List.of() : List.of(request.getField(pageToken)));
      private String repeated; // a token the server sent again: the iteration fails after that page

      @Override
      public boolean hasNext() {
        while (!current.hasNext()) {
          if (repeated != null) {
            throw new IllegalStateException("the server repeated the page token \"" + repeated + "\"");
          }
          if (last) {
            return false;
          }
          Resp response = list.apply(page);
          current = items.apply(response).iterator();
          String next = nextPageToken(response);
          if (next.isEmpty() || pageToken == null) {
            last = true;
          } else if (!used.add(next)) {
            repeated = next;
          } else {
            @SuppressWarnings("unchecked")
            Req following = (Req) page.toBuilder().setField(pageToken, next).build();
            page = following;
          }
        }
        return true;
      }

      @Override
      public Item next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        return current.next();
      }
    };
  }
}
