package nl.vakwijzer.web.gap;

import jakarta.enterprise.context.SessionScoped;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import nl.vakwijzer.catalogue.api.gap.GapQuery;

/**
 * The learning paths a user computed in this session, by an opaque reference, so that the XLSX
 * download ({@code gemeente/download?soort=leerroute&ref=}) exports exactly the query and budget
 * shown on the page (filters included) with a plain GET link. The service checks ownership again
 * on download; a reference never leaves the session. At most {@value #LIMIT} are kept.
 */
@SessionScoped
public class LearningPathExports implements Serializable {
  private static final long serialVersionUID = 1L;
  static final int LIMIT = 20;

  /** What to export. */
  public record Request(GapQuery query, BigDecimal budget) {}

  private transient Map<String, Request> requests;

  private Map<String, Request> requests() {
    if (requests == null) {
      requests = new LinkedHashMap<>(16, 0.75f, false) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Request> eldest) {
          return size() > LIMIT;
        }
      };
    }
    return requests;
  }

  /** Registers a computed path and returns its reference. */
  public synchronized String register(GapQuery query, BigDecimal budget) {
    String ref = UUID.randomUUID().toString();
    requests().put(ref, new Request(query, budget));
    return ref;
  }

  public synchronized Optional<Request> find(String ref) {
    return ref == null ? Optional.empty() : Optional.ofNullable(requests().get(ref));
  }
}
