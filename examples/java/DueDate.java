// Calls the vn-deadlines service from Java with the JDK alone (java.net.http, Java 11+).
// Start the service (npx vn-deadlines serve --port 8080, or the container), then:
//   javac DueDate.java && java DueDate http://localhost:8080
// It prints the due day of a rule for a decision of Mon 20/01/2025 and the 10th working day
// after that date (both 2025-02-10: Tết Ất Tỵ, 25/01 – 02/02/2025, is skipped).
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

public class DueDate {
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";

    // POST /v1/due: the due day of a rule, from its facts (GET /v1/rules lists rules and facts).
    String body = "{\"rule\":\"hp-2025/central-tthc-list\",\"facts\":{\"ministryDecisionDate\":\"2025-01-20\"}}";
    HttpRequest due = HttpRequest.newBuilder(URI.create(base + "/v1/due"))
        .header("Content-Type", "application/json")
        .header("Accept-Language", "vi")
        .POST(HttpRequest.BodyPublishers.ofString(body))
        .build();
    System.out.println("due " + field(send(due), "due"));

    // GET /v1/add: the n-th working day after a date.
    String query = "date=" + URLEncoder.encode("2025-01-20", StandardCharsets.UTF_8) + "&n=10";
    HttpRequest add = HttpRequest.newBuilder(URI.create(base + "/v1/add?" + query)).GET().build();
    System.out.println("add " + field(send(add), "result"));
  }

  /** The body of a 200 answer; any other status is an error (application/problem+json: code, field, detail). */
  private static String send(HttpRequest request) throws Exception {
    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (r.statusCode() != 200) throw new IllegalStateException(r.statusCode() + " " + r.body());
    return r.body();
  }

  /** The first string value of a top-level key (a JSON library such as Jackson does this properly). */
  private static String field(String json, String name) {
    Matcher m = Pattern.compile("\"" + Pattern.quote(name) + "\":\"([^\"]*)\"").matcher(json);
    if (!m.find()) throw new IllegalStateException("no " + name + " in " + json);
    return m.group(1);
  }
}
