package dev.triangulate.server;

import dev.triangulate.pipeline.Triangulate;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;

/**
 * Starts a server the way {@code triangulate serve} does (NLP models loading in the
 * background, store opened and recovered first), in a JVM of its own, for tests that kill it.
 * Prints {@code port=N} once it listens.
 */
public final class ServerProcessMain {
    private ServerProcessMain() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        CompletableFuture<Triangulate> models = CompletableFuture.supplyAsync(() -> Triangulate.create(1));
        TriangulateServer s = TriangulateServer.start(ServerOptions.defaults(Path.of(args[0]), TestSupport.TOKEN).withPort(0).withThreads(1),
                Engine.steps(models));
        System.out.println("port=" + s.port());
        System.out.flush();
        Thread.currentThread().join();
    }
}
