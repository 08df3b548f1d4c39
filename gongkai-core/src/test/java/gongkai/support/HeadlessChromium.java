package gongkai.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The system's headless Chromium driven over the DevTools protocol (the JDK's WebSocket client): open a page,
 * wait for its load event, evaluate expressions, collect console errors, uncaught exceptions and failed
 * loads, take a screenshot. {@link #find()} is empty when no {@code chromium} is installed.
 */
public final class HeadlessChromium implements AutoCloseable {
    private static final Pattern DEVTOOLS = Pattern.compile("DevTools listening on (ws://\\S+)");
    private static final long TIMEOUT_SECONDS = 60;
    private final ObjectMapper json = new ObjectMapper();
    private final Process process;
    private final Path profile;
    private final WebSocket socket;
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
    private final List<JsonNode> events = new ArrayList<>();

    /** The path of the {@code chromium} executable, when installed. */
    public static java.util.Optional<Path> find() {
        return Stream.of("/usr/bin/chromium", "/usr/bin/chromium-browser").map(Path::of).filter(Files::isExecutable).findFirst();
    }

    public HeadlessChromium(Path executable, int width, int height) throws Exception {
        profile = Files.createTempDirectory("gongkai-chromium");
        process = new ProcessBuilder(executable.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                "--user-data-dir=" + profile, "--remote-debugging-port=0", "--window-size=" + width + "," + height,
                "about:blank").redirectErrorStream(true).start();
        String port = URI.create(browserUrl()).getPort() + "";
        String page = pageSocket(port);
        socket = HttpClient.newHttpClient().newWebSocketBuilder().buildAsync(URI.create(page), new Listener())
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        send("Runtime.enable", null);
        send("Log.enable", null);
        send("Page.enable", null);
    }

    private String browserUrl() throws IOException {
        BufferedReader err = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        for (String line = err.readLine(); line != null; line = err.readLine()) {
            Matcher m = DEVTOOLS.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> err.lines().forEach(l -> { }));
                drain.setDaemon(true);
                drain.start();
                return m.group(1);
            }
        }
        throw new IOException("chromium exited without a DevTools address");
    }

    private String pageSocket(String port) throws IOException, InterruptedException {
        HttpResponse<String> list = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/json/list")).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : json.readTree(list.body())) {
            if ("page".equals(target.path("type").asText())) {
                return target.path("webSocketDebuggerUrl").asText();
            }
        }
        throw new IOException("no page target in " + list.body());
    }

    /** Opens a URL and waits for its load event; returns the milliseconds from navigation to load. */
    public long open(String url) throws Exception {
        synchronized (events) {
            events.clear();
        }
        long start = System.nanoTime();
        ObjectNode params = json.createObjectNode().put("url", url);
        send("Page.navigate", params);
        long deadline = start + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
        while (System.nanoTime() < deadline) {
            synchronized (events) {
                if (events.stream().anyMatch(e -> "Page.loadEventFired".equals(e.path("method").asText()))) {
                    return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
                }
                events.wait(100);
            }
        }
        throw new IllegalStateException("no load event for " + url);
    }

    /** Evaluates a JavaScript expression in the page and returns its value (as JSON). */
    public JsonNode evaluate(String expression) throws Exception {
        ObjectNode params = json.createObjectNode().put("expression", expression).put("returnByValue", true)
                .put("awaitPromise", true);
        JsonNode result = send("Runtime.evaluate", params);
        if (result.has("exceptionDetails")) {
            throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
        }
        return result.path("result").path("value");
    }

    /** Console errors, uncaught exceptions and failed loads since the last {@link #open}. */
    public List<String> errors() {
        List<String> errors = new ArrayList<>();
        synchronized (events) {
            for (JsonNode e : events) {
                String method = e.path("method").asText();
                JsonNode p = e.path("params");
                if (method.equals("Runtime.exceptionThrown")) {
                    errors.add("exception: " + p.path("exceptionDetails"));
                } else if (method.equals("Runtime.consoleAPICalled") && p.path("type").asText().equals("error")) {
                    errors.add("console: " + p.path("args"));
                } else if (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().equals("error")) {
                    errors.add("log: " + p.path("entry").path("text").asText() + " " + p.path("entry").path("url").asText());
                }
            }
        }
        return errors;
    }

    /** Saves a PNG of the whole page. */
    public void screenshot(Path file) throws Exception {
        ObjectNode params = json.createObjectNode().put("format", "png").put("captureBeyondViewport", false);
        JsonNode result = send("Page.captureScreenshot", params);
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, Base64.getDecoder().decode(result.path("data").asText()));
    }

    private JsonNode send(String method, ObjectNode params) throws Exception {
        int id = ids.incrementAndGet();
        ObjectNode message = json.createObjectNode().put("id", id).put("method", method);
        if (params != null) {
            message.set("params", params);
        }
        CompletableFuture<JsonNode> reply = new CompletableFuture<>();
        pending.put(id, reply);
        socket.sendText(json.writeValueAsString(message), true).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        JsonNode answer = reply.get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        if (answer.has("error")) {
            throw new IllegalStateException(method + ": " + answer.get("error"));
        }
        return answer.path("result");
    }

    private final class Listener implements WebSocket.Listener {
        private final StringBuilder text = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            text.append(data);
            if (last) {
                receive(text.toString());
                text.setLength(0);
            }
            webSocket.request(1);
            return null;
        }

        private void receive(String message) {
            try {
                JsonNode node = json.readTree(message);
                if (node.has("id")) {
                    CompletableFuture<JsonNode> reply = pending.remove(node.get("id").asInt());
                    if (reply != null) {
                        reply.complete(node);
                    }
                } else {
                    synchronized (events) {
                        events.add(node);
                        events.notifyAll();
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("bad DevTools message: " + message, e);
            }
        }
    }

    @Override
    public void close() throws IOException {
        socket.abort();
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteProfile();
    }

    /**
     * Chromium's helper processes can still write into the profile for a moment after the browser exits, so a file
     * can vanish under the walk: the temporary profile is removed as far as it can be, twice, never failing a test.
     */
    private void deleteProfile() {
        for (int attempt = 0; attempt < 2 && Files.exists(profile); attempt++) {
            try (Stream<Path> walk = Files.walk(profile)) {
                walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            } catch (IOException | java.io.UncheckedIOException e) {
                try {
                    Thread.sleep(200);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }
}
