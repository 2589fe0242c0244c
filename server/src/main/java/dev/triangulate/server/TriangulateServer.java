package dev.triangulate.server;

import java.io.IOException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code triangulate serve}: the store, the incremental pipeline, the HTTP server and the
 * watched folder and feed pollers, started and stopped together.
 *
 * <pre>{@code
 * try (Triangulate t = Triangulate.create();
 *      TriangulateServer s = TriangulateServer.start(ServerOptions.defaults(dir, token), Engine.steps(t))) {
 *     ...
 * }
 * }</pre>
 */
public final class TriangulateServer implements AutoCloseable {
    private final Engine engine;
    private final WebServer web;
    private final ScheduledExecutorService pollers;
    private final int port;

    private TriangulateServer(Engine engine, WebServer web, ScheduledExecutorService pollers, int port) {
        this.engine = engine;
        this.web = web;
        this.pollers = pollers;
        this.port = port;
    }

    /** Opens the store in {@code options.dataDir()} (recovering it after a crash) and starts serving. */
    public static TriangulateServer start(ServerOptions options, Engine.Steps steps) throws IOException {
        Engine engine = new Engine(options.dataDir(), steps, options.threads(), options.commitSeconds());
        WebServer web = new WebServer(engine, options);
        int port;
        try {
            port = web.start();
        } catch (RuntimeException e) {
            engine.close();
            throw new IOException("cannot listen on " + options.host() + ":" + options.port() + ": " + rootMessage(e), e);
        }
        ScheduledExecutorService pollers = Executors.newScheduledThreadPool(1, r -> {
            Thread t = new Thread(r, "triangulate-pollers");
            t.setDaemon(true);
            return t;
        });
        ArticleInput input = new ArticleInput(options.maxArticles());
        if (options.watchDir() != null) {
            pollers.scheduleWithFixedDelay(new FolderWatcher(options.watchDir(), engine.store(), input), 0, options.watchSeconds(), TimeUnit.SECONDS);
        }
        if (!options.feeds().isEmpty()) {
            pollers.scheduleWithFixedDelay(new FeedPoller(options.feeds(), engine.store()), 0, options.feedMinutes(), TimeUnit.MINUTES);
        }
        return new TriangulateServer(engine, web, pollers, port);
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() == null ? t.toString() : t.getMessage();
    }

    /** The port the server listens on. */
    public int port() { return port; }

    public Engine engine() { return engine; }

    @Override
    public void close() throws IOException {
        pollers.shutdownNow();
        web.stop();
        engine.close();
    }
}
