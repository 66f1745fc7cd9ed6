package se.kanalregister.serve;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A browser stand-in for the preview's tests: requests over 127.0.0.1, bounded by timeouts. */
final class Http {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER).connectTimeout(TIMEOUT).build();

    private final URI base;

    Http(URI base) {
        this.base = base;
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).GET().build());
    }

    HttpResponse<String> head(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .build());
    }

    HttpResponse<String> post(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).timeout(TIMEOUT).POST(HttpRequest.BodyPublishers.ofString("x"))
                .build());
    }

    /**
     * Sends {@code requestLine} and {@code headers} exactly as written, for paths a client
     * library would tidy up; returns the whole response as text.
     */
    String raw(String requestLine, String... headers) {
        try (Socket s = new Socket(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), base.getPort())) {
            s.setSoTimeout((int) TIMEOUT.toMillis());
            StringBuilder request = new StringBuilder(requestLine).append("\r\n");
            for (String h : headers) request.append(h).append("\r\n");
            request.append("Connection: close\r\n\r\n");
            OutputStream out = s.getOutputStream();
            out.write(request.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The Host header a browser would send. */
    String host() {
        return "Host: 127.0.0.1:" + base.getPort();
    }

    /** Opens the event stream; its {@code data:} lines arrive in {@link Events#next()}. */
    Events events() {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(PreviewHandler.EVENTS)).GET().build();
        HttpResponse<Stream<String>> response = sendLines(request);
        Events events = new Events(response);
        Thread reader = new Thread(events::read, "test-events");
        reader.setDaemon(true);
        reader.start();
        return events;
    }

    static final class Events implements AutoCloseable {
        private final HttpResponse<Stream<String>> response;
        private final BlockingQueue<String> data = new LinkedBlockingQueue<>();

        private Events(HttpResponse<Stream<String>> response) {
            this.response = response;
        }

        String contentType() {
            return response.headers().firstValue("Content-Type").orElse("");
        }

        /** The next build id sent, waiting at most the timeout; null if none came. */
        String next() throws InterruptedException {
            return data.poll(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        }

        private void read() {
            try {
                response.body().filter(l -> l.startsWith("data: ")).forEach(l -> data.add(l.substring(6)));
            } catch (UncheckedIOException e) {
                // closed
            }
        }

        @Override
        public void close() {
            response.body().close();
        }
    }

    private static HttpResponse<String> send(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static HttpResponse<Stream<String>> sendLines(HttpRequest request) {
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofLines());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
