package org.hitpath.tools;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * Asks each address whether it still answers, politely: one request at a time to any one host, a pause
 * between two requests to the same host, a timeout, and a user agent that names the project. Redirects
 * are not followed, only reported with where they point. Only https addresses are asked.
 */
final class LinkChecker {

    /** What an address answered, worst first. */
    enum Verdict {
        DEAD("dead"),
        MOVED("moved"),
        TIMED_OUT("timed out"),
        REFUSED("refused"),
        FAILED("failed"),
        NOT_HTTPS("not https"),
        LIVE("live");

        final String label;

        Verdict(String label) {
            this.label = label;
        }
    }

    /** What one address answered: its verdict and the detail that goes with it ("HTTP 404", "301 to ..."). */
    record Result(String url, Verdict verdict, String detail) {}

    /** Where the user agent sends a site owner who wonders who is asking. */
    static final String REPOSITORY_ENV = "HIT_PATH_REPOSITORY_URL";

    private static final int HOSTS_AT_ONCE = 4;

    private final HttpClient client;
    private final Duration timeout;
    private final Duration pause;
    private final String userAgent;

    /**
     * @param client    the HTTP client; it must not follow redirects
     * @param timeout   how long one request may take
     * @param pause     the pause between two requests to the same host
     * @param userAgent the User-Agent header of every request
     */
    LinkChecker(HttpClient client, Duration timeout, Duration pause, String userAgent) {
        this.client = client;
        this.timeout = timeout;
        this.pause = pause;
        this.userAgent = userAgent;
    }

    /** The checker the links command uses: 20 s per request, a second between requests to one host. */
    static LinkChecker standard() {
        Duration timeout = Duration.ofSeconds(20);
        HttpClient client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(timeout)
                .build();
        return new LinkChecker(client, timeout, Duration.ofSeconds(1), userAgent(System.getenv(REPOSITORY_ENV)));
    }

    static String userAgent(String repository) {
        String where = repository == null || repository.isBlank() ? "repository address not set" : repository.strip();
        return "HIT-Path-link-check/1.0 (+" + where + ")";
    }

    /** Every address of URLS (each asked once) to what it answered. */
    Map<String, Result> check(Collection<String> urls) throws InterruptedException {
        Map<String, List<String>> byHost = new TreeMap<>();
        Map<String, Result> results = new ConcurrentHashMap<>();
        for (String url : new TreeSet<>(urls)) {
            String host = host(url);
            if (host == null) {
                results.put(url, new Result(url, Verdict.NOT_HTTPS, "only https addresses are checked"));
            } else {
                byHost.computeIfAbsent(host, h -> new ArrayList<>()).add(url);
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(HOSTS_AT_ONCE, byHost.size())));
        try {
            for (List<String> sameHost : byHost.values()) {
                pool.execute(() -> {
                    for (int i = 0; i < sameHost.size(); i++) {
                        if (i > 0 && !rest()) {
                            return;
                        }
                        String url = sameHost.get(i);
                        results.put(url, ask(url));
                    }
                });
            }
        } finally {
            pool.shutdown();
        }
        if (!pool.awaitTermination(1, TimeUnit.DAYS)) {
            throw new InterruptedException("the link check did not finish");
        }
        return new TreeMap<>(results);
    }

    /** The host of an https address, lower case, or null when the address is not one. */
    private static String host(String url) {
        try {
            URI uri = URI.create(url);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null
                    ? uri.getHost().toLowerCase(Locale.ROOT)
                    : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Pauses between two requests to one host; false when interrupted. */
    private boolean rest() {
        try {
            Thread.sleep(pause.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * HEAD first, which costs the publisher least; an error answer is asked again with GET, since some
     * servers refuse HEAD but serve the page.
     */
    private Result ask(String url) {
        URI uri = URI.create(url.contains("#") ? url.substring(0, url.indexOf('#')) : url);
        try {
            HttpResponse<Void> response = send(uri, "HEAD");
            if (response.statusCode() >= 400 && rest()) {
                response = send(uri, "GET");
            }
            return verdict(url, uri, response);
        } catch (HttpTimeoutException e) {
            return new Result(url, Verdict.TIMED_OUT, "no answer within " + duration(timeout));
        } catch (IOException e) {
            return failure(url, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(url, Verdict.FAILED, "interrupted");
        }
    }

    private static String duration(Duration d) {
        return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
    }

    private HttpResponse<Void> send(URI uri, String method) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(uri)
                .method(method, HttpRequest.BodyPublishers.noBody())
                .timeout(timeout)
                .header("User-Agent", userAgent)
                .build();
        return client.send(request, HttpResponse.BodyHandlers.discarding());
    }

    private static Result verdict(String url, URI uri, HttpResponse<Void> response) {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return new Result(url, Verdict.LIVE, "HTTP " + status);
        }
        if (status >= 300 && status < 400) {
            String location = response.headers().firstValue("Location").orElse("");
            String to =
                    location.isEmpty() ? "nowhere given" : uri.resolve(location).toString();
            return new Result(url, Verdict.MOVED, "HTTP " + status + " to " + to);
        }
        if (status >= 400) {
            return new Result(url, Verdict.DEAD, "HTTP " + status);
        }
        return new Result(url, Verdict.FAILED, "HTTP " + status);
    }

    private static Result failure(String url, IOException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof UnresolvedAddressException || t instanceof UnknownHostException) {
                return new Result(url, Verdict.FAILED, "no such host");
            }
        }
        if (e instanceof ConnectException) {
            return new Result(url, Verdict.REFUSED, "the connection was refused");
        }
        return new Result(
                url,
                Verdict.FAILED,
                e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
}
