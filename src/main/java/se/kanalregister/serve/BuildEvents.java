package se.kanalregister.serve;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The server-sent-events stream that open pages listen to. Each subscriber first gets the
 * current build's id, then every new one, as {@code event: build}; a page whose own id
 * differs reloads. Connections stay open without holding a thread; one that cannot be
 * written to is dropped. Thread-safe.
 */
final class BuildEvents implements AutoCloseable {

    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /** Starts the stream on {@code exchange}, which stays open until the page goes away or {@link #close()}. */
    void subscribe(HttpExchange exchange, Supplier<String> currentBuild) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "text/event-stream; charset=utf-8");
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.sendResponseHeaders(200, 0);
        Subscriber s = new Subscriber(exchange);
        subscribers.add(s);
        // Added before the first event, so a build finishing meanwhile is sent, at worst twice.
        if (closed || !s.send("retry: 1000\n" + event(currentBuild.get()))) drop(s);
    }

    /** Tells every open page that build {@code id} is ready. */
    void publish(String id) {
        sendAll(event(id));
    }

    /** A comment line that keeps connections alive and finds the ones that are gone. */
    void heartbeat() {
        sendAll(": \n\n");
    }

    int size() {
        return subscribers.size();
    }

    @Override
    public void close() {
        closed = true;
        for (Subscriber s : subscribers) drop(s);
    }

    private void sendAll(String text) {
        for (Subscriber s : subscribers) if (!s.send(text)) drop(s);
    }

    private void drop(Subscriber s) {
        subscribers.remove(s);
        s.exchange.close();
    }

    private static String event(String id) {
        return "event: build\ndata: " + id + "\n\n";
    }

    private record Subscriber(HttpExchange exchange) {

        /** @return false when the page is gone */
        boolean send(String text) {
            OutputStream body = exchange.getResponseBody();
            synchronized (this) {
                try {
                    body.write(text.getBytes(StandardCharsets.UTF_8));
                    body.flush();
                    return true;
                } catch (IOException e) {
                    return false;
                }
            }
        }
    }
}
