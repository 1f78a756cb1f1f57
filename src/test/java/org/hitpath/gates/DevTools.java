package org.hitpath.gates;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.openqa.selenium.json.Json;

/**
 * A DevTools session of its own on the page ChromeDriver drives, over the browser's debugging port.
 * The browser checks run a score of small scripts on every page; through WebDriver each costs about
 * 10 ms of processor time (the driver wraps and checks every call), straight through DevTools under 2 ms.
 * Key presses go this way too (see Chromium.press). Navigation and the console log stay with WebDriver.
 *
 * <p>Scripts are written as WebDriver's are: the body of a function that reads {@code arguments} and
 * returns a value (an asynchronous one calls the last argument with its result), so the scripts in
 * src/test/resources/gates/ read the same whichever way they are sent.
 */
final class DevTools implements AutoCloseable {

    private static final Json JSON = new Json();
    private static final Duration TIMEOUT = Duration.ofSeconds(30);

    private final WebSocket socket;
    private final AtomicInteger lastId = new AtomicInteger();
    private final Map<Integer, CompletableFuture<Map<String, Object>>> waiting = new ConcurrentHashMap<>();

    private DevTools(WebSocket socket) {
        this.socket = socket;
    }

    /** Opens a session on the first page of the browser listening at ADDRESS (host:port). */
    static DevTools open(String address) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT).build();
        try {
            String listing = http.send(
                            HttpRequest.newBuilder(URI.create("http://" + address + "/json/list"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString())
                    .body();
            List<Map<String, Object>> targets = JSON.toType(listing, Json.LIST_OF_MAPS_TYPE);
            String page = targets.stream()
                    .filter(t -> "page".equals(t.get("type")))
                    .map(t -> (String) t.get("webSocketDebuggerUrl"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("the browser at " + address + " has no page open"));
            Replies replies = new Replies();
            DevTools session = new DevTools(http.newWebSocketBuilder()
                    .buildAsync(URI.create(page), replies)
                    .join());
            replies.session = session;
            // Scripts added to every new document run only in a session with the Page domain on.
            session.send("Page.enable", Map.of());
            return session;
        } catch (IOException e) {
            throw new IllegalStateException("no DevTools listing at " + address + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /** Sends a DevTools command and returns its result; an error reply is an exception naming the command. */
    Map<String, Object> send(String method, Map<String, Object> params) {
        return sendAll(method, List.of(params));
    }

    /**
     * Sends the same command once for each set of parameters, all at once, and returns the last result.
     * The browser runs them in the order sent; not waiting for each reply before sending the next saves
     * a round trip, and for input events a rendered frame, per command.
     */
    Map<String, Object> sendAll(String method, List<Map<String, Object>> paramsInOrder) {
        List<Integer> ids = new ArrayList<>();
        try {
            for (Map<String, Object> params : paramsInOrder) {
                int id = lastId.incrementAndGet();
                waiting.put(id, new CompletableFuture<>());
                ids.add(id);
                socket.sendText(JSON.toJson(Map.of("id", id, "method", method, "params", params)), true)
                        .join();
            }
            Map<String, Object> result = Map.of();
            for (int id : ids) {
                result = reply(method, id);
            }
            return result;
        } finally {
            ids.forEach(waiting::remove);
        }
    }

    private Map<String, Object> reply(String method, int id) {
        CompletableFuture<Map<String, Object>> reply = waiting.get(id);
        Map<String, Object> message;
        try {
            message = reply.get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new IllegalStateException(method + " had no reply in " + TIMEOUT.toSeconds() + " s", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(method + " failed: " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
        if (message.get("error") != null) {
            throw new IllegalStateException(method + " was refused: " + message.get("error"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) message.get("result");
        return result == null ? Map.of() : result;
    }

    /** Runs a script that returns its result, with the arguments given; returns the result as JSON values. */
    Object script(String body, Object... arguments) {
        return evaluate("(function () {\n" + body + "\n}).apply(null, " + JSON.toJson(Arrays.asList(arguments)) + ")");
    }

    /** Runs a script that calls its last argument with its result, as WebDriver's asynchronous scripts do. */
    Object asyncScript(String body, Object... arguments) {
        return evaluate("new Promise(done => (function () {\n" + body + "\n}).apply(null, "
                + JSON.toJson(Arrays.asList(arguments)) + ".concat([done])))");
    }

    private Object evaluate(String expression) {
        Map<String, Object> result =
                send("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
        if (result.get("exceptionDetails") != null) {
            @SuppressWarnings("unchecked")
            Map<String, Object> details = (Map<String, Object>) result.get("exceptionDetails");
            @SuppressWarnings("unchecked")
            Map<String, Object> exception = (Map<String, Object>) details.getOrDefault("exception", Map.of());
            throw new IllegalStateException(
                    "a browser check's script failed: " + exception.getOrDefault("description", details.get("text")));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> value = (Map<String, Object>) result.get("result");
        return value.get("value");
    }

    @Override
    public void close() {
        socket.abort();
    }

    /** Puts each reply where its command waits; events (the session subscribes to none) are dropped. */
    private static final class Replies implements WebSocket.Listener {
        private final List<CharSequence> parts = new ArrayList<>();
        private volatile DevTools session;

        @Override
        public CompletionStage<?> onText(WebSocket socket, CharSequence data, boolean last) {
            parts.add(data.toString());
            if (last) {
                Map<String, Object> message = JSON.toType(String.join("", parts), Json.MAP_TYPE);
                parts.clear();
                Object id = message.get("id");
                CompletableFuture<Map<String, Object>> reply =
                        id instanceof Number n && session != null ? session.waiting.get(n.intValue()) : null;
                if (reply != null) {
                    reply.complete(message);
                }
            }
            socket.request(1);
            return null;
        }

        @Override
        public void onError(WebSocket socket, Throwable error) {
            if (session != null) {
                session.waiting.values().forEach(reply -> reply.completeExceptionally(error));
            }
        }
    }
}
