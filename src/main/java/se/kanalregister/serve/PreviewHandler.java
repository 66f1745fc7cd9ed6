package se.kanalregister.serve;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import se.kanalregister.text.HtmlEscaping;
import se.kanalregister.text.Messages;

/**
 * Answers every request of the preview: the built files through {@link FileResolver}, HTML
 * with the reload script (and the error overlay) added, a 404 page, and the preview's own
 * files below {@value #TOOL_PREFIX}. Only GET and HEAD; only requests addressed to
 * 127.0.0.1 or localhost, so a web page cannot reach the preview through a DNS name that
 * points at this machine. Nothing is cached by the browser. Thread-safe.
 */
final class PreviewHandler implements HttpHandler {

    static final String TOOL_PREFIX = "/__kanalregister/";
    static final String EVENTS = TOOL_PREFIX + "events";

    private final FileResolver files;
    private final BuildEvents events;
    private final Supplier<BuildStatus> status;
    private final PageInjection injection;
    private final Messages messages;
    private volatile Set<String> hosts = Set.of();

    PreviewHandler(FileResolver files, BuildEvents events, Supplier<BuildStatus> status, Messages messages) {
        this.files = files;
        this.events = events;
        this.status = status;
        this.injection = new PageInjection(messages);
        this.messages = messages;
    }

    /** Once the port is known: the Host headers accepted. */
    void listeningOn(int port) {
        hosts = port == 80 ? Set.of("127.0.0.1", "localhost", "127.0.0.1:80", "localhost:80")
                : Set.of("127.0.0.1:" + port, "localhost:" + port);
    }

    @Override
    public void handle(HttpExchange exchange) {
        boolean keepOpen = false;
        try {
            keepOpen = respond(exchange);
        } catch (IOException e) {
            // The browser went away mid-response; nothing to tell anyone.
        } finally {
            if (!keepOpen) exchange.close();
        }
    }

    /** @return true for the event stream, which {@link BuildEvents} closes later */
    private boolean respond(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().set("Cache-Control", "no-store");
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            sendText(exchange, 403, "serve.forbidden-host");
            return false;
        }
        String method = exchange.getRequestMethod();
        if (!method.equals("GET") && !method.equals("HEAD")) {
            exchange.getResponseHeaders().set("Allow", "GET, HEAD");
            sendText(exchange, 405, "serve.method");
            return false;
        }
        String path = exchange.getRequestURI().getRawPath();
        if (EVENTS.equals(path) && method.equals("GET")) {
            events.subscribe(exchange, () -> status.get().id());
            return true;
        }
        if (path != null && path.startsWith(TOOL_PREFIX)) toolFile(exchange, path.substring(TOOL_PREFIX.length()));
        else siteFile(exchange, path);
        return false;
    }

    private void siteFile(HttpExchange exchange, String path) throws IOException {
        BuildStatus current = status.get();  // read before the file: at worst one reload too many
        FileResolver.Resolution r = files.resolve(path);
        if (r instanceof FileResolver.Resolution.Found found) {
            byte[] body;
            try {
                body = Files.readAllBytes(found.file());
            } catch (NoSuchFileException e) {  // replaced by a build this very moment
                notFound(exchange, path, current);
                return;
            }
            String type = ContentTypes.of(found.file().getFileName().toString());
            send(exchange, 200, type, ContentTypes.isHtml(type) ? injection.inject(body, current) : body);
        } else if (r instanceof FileResolver.Resolution.Redirect redirect) {
            exchange.getResponseHeaders().set("Location", redirect.location());
            send(exchange, 302, "text/plain; charset=utf-8", redirect.location().getBytes(StandardCharsets.UTF_8));
        } else if (r instanceof FileResolver.Resolution.NotFound) {
            notFound(exchange, path, current);
        } else {
            sendText(exchange, 400, "serve.bad-request");
        }
    }

    private void notFound(HttpExchange exchange, String path, BuildStatus current) throws IOException {
        String page = "<!DOCTYPE html>\n<html lang=\"" + messages.language() + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + HtmlEscaping.escape(messages.get("serve.not-found.title")) + "</title>\n</head>\n<body>\n<main>\n<h1>"
                + HtmlEscaping.escape(messages.get("serve.not-found.title")) + "</h1>\n<p>"
                + HtmlEscaping.escape(messages.format("serve.not-found.text", path)) + "</p>\n<ul>\n<li><a href=\"/\">"
                + HtmlEscaping.escape(messages.get("serve.not-found.public")) + "</a></li>\n<li><a href=\"/"
                + FileResolver.INTERNAL + "/\">" + HtmlEscaping.escape(messages.get("serve.not-found.internal"))
                + "</a></li>\n</ul>\n</main>\n</body>\n</html>\n";
        send(exchange, 404, ContentTypes.HTML, injection.inject(page.getBytes(StandardCharsets.UTF_8), current));
    }

    private void toolFile(HttpExchange exchange, String name) throws IOException {
        if (!name.equals("reload.js") && !name.equals("overlay.css")) {
            sendText(exchange, 404, "serve.not-found.title");
            return;
        }
        try (InputStream in = PreviewHandler.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource missing from the jar: " + name);
            send(exchange, 200, ContentTypes.of(name), in.readAllBytes());
        }
    }

    private void sendText(HttpExchange exchange, int code, String key) throws IOException {
        send(exchange, code, "text/plain; charset=utf-8", (messages.get(key) + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int code, String type, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", type);
        boolean head = exchange.getRequestMethod().equals("HEAD");
        if (head) exchange.getResponseHeaders().set("Content-Length", Integer.toString(body.length));
        exchange.sendResponseHeaders(code, head || body.length == 0 ? -1 : body.length);
        if (!head) exchange.getResponseBody().write(body);
    }
}
