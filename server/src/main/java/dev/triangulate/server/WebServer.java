package dev.triangulate.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.triangulate.model.Article;
import dev.triangulate.model.Problem;
import dev.triangulate.server.store.Store;
import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The HTTP server: the JSON API under {@code /api} and the web app. */
final class WebServer {
    static final String TOKEN_COOKIE = "triangulate_token";

    /** A client error with its status; its message is shown to the client. */
    static final class ClientError extends RuntimeException {
        final int status;

        ClientError(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private final Engine engine;
    private final Store store;
    private final ServerOptions options;
    private final ArticleInput input;
    private final Pages pages;
    private final byte[] css;
    private final byte[] openapi;
    private Javalin app;

    WebServer(Engine engine, ServerOptions options) {
        this.engine = engine;
        this.store = engine.store();
        this.options = options;
        this.input = new ArticleInput(options.maxArticles());
        this.pages = new Pages(store);
        this.css = resource("style.css");
        this.openapi = resource("openapi.yaml");
    }

    private static byte[] resource(String name) {
        try (InputStream in = WebServer.class.getResourceAsStream(name)) {
            return in == null ? new byte[0] : in.readAllBytes();
        } catch (IOException e) {
            return new byte[0];
        }
    }

    /** Starts listening; returns the port. */
    int start() {
        app = Javalin.create(cfg -> {
            cfg.startup.showJavalinBanner = false;
            cfg.startup.showOldJavalinVersionWarning = false;
            cfg.http.maxRequestSize = options.maxRequestBytes();
            cfg.jetty.multipartConfig.maxTotalRequestSize(options.maxRequestBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxFileSize(options.maxRequestBytes(), SizeUnit.BYTES);
            cfg.jetty.multipartConfig.maxInMemoryFileSize((int) Math.min(Integer.MAX_VALUE, options.maxRequestBytes()), SizeUnit.BYTES);
            var r = cfg.routes;
            // API
            r.get("/api/status", read(this::status));
            r.get("/api/stories", read(this::listStories));
            r.get("/api/stories/{id}", read(this::getStory));
            r.get("/api/articles/{id}", read(this::getArticle));
            r.post("/api/articles", this::postArticles);
            r.post("/api/uploads", this::postUploads);
            r.get("/api/openapi.yaml", ctx -> ctx.contentType("application/yaml; charset=utf-8").result(openapi));
            // web app
            r.get("/static/style.css", ctx -> ctx.contentType("text/css; charset=utf-8").header("Cache-Control", "max-age=3600").result(css));
            r.get("/", page(ctx -> ctx.html(pages.storyList(ctx.queryParam("q"), ctx.queryParam("sort"), intParam(ctx, "page", 0, 0, 100_000)))));
            r.get("/stories/{id}", page(ctx -> html(ctx, pages.story(ctx.pathParam("id")), "no such story")));
            r.get("/articles/{id}", page(ctx -> html(ctx, pages.article(ctx.pathParam("id")), "no such article")));
            r.get("/add", page(ctx -> ctx.html(pages.addPage(null, false))));
            r.post("/add", this::postAddForm);
            r.get("/login", ctx -> ctx.html(pages.login(null)));
            r.post("/login", this::postLogin);
            // errors: clear messages, never a stack trace
            r.exception(ClientError.class, (e, ctx) -> fail(ctx, e.status, e.getMessage()));
            r.exception(HttpResponseException.class, (e, ctx) -> fail(ctx, e.getStatus(), clientMessage(e)));
            r.exception(Exception.class, (e, ctx) -> {
                System.err.println("triangulate: internal error on " + ctx.method() + " " + ctx.path() + ": " + e);
                fail(ctx, 500, "internal error");
            });
            r.error(404, ctx -> {
                if (ctx.result() == null || ctx.result().isEmpty()) fail(ctx, 404, "not found: " + ctx.path());
            });
            r.error(405, ctx -> fail(ctx, 405, "method not allowed"));
        });
        app.start(options.host(), options.port());
        return app.port();
    }

    void stop() {
        if (app != null) app.stop();
    }

    private static String clientMessage(HttpResponseException e) {
        return switch (e.getStatus()) {
            case 413 -> "request too large";
            default -> e.getMessage() == null || e.getMessage().isBlank() ? "request failed" : e.getMessage();
        };
    }

    private static void fail(Context ctx, int status, String message) {
        ctx.status(status);
        if (ctx.path().startsWith("/api/")) {
            ctx.contentType("application/json").result(ApiJson.error(status, message).toString());
        } else {
            ctx.html(Pages.errorPage(status, message));
        }
    }

    // ------------------------------------------------------------------ auth

    private Handler read(Handler h) {
        return ctx -> {
            if (options.protectReads() && !tokenOk(headerToken(ctx))) throw new ClientError(401, "a valid token is required (Authorization: Bearer TOKEN)");
            h.handle(ctx);
        };
    }

    private Handler page(Handler h) {
        return ctx -> {
            if (options.protectReads() && !tokenOk(headerToken(ctx)) && !tokenOk(ctx.cookie(TOKEN_COOKIE))) {
                ctx.redirect("/login");
                return;
            }
            h.handle(ctx);
        };
    }

    private void requireWrite(Context ctx, String formToken) {
        String t = headerToken(ctx);
        if (t == null) t = formToken;
        if (t == null) throw new ClientError(401, "a write token is required (Authorization: Bearer TOKEN)");
        if (!tokenOk(t)) throw new ClientError(403, "wrong token");
    }

    private static String headerToken(Context ctx) {
        String auth = ctx.header("Authorization");
        if (auth != null && auth.regionMatches(true, 0, "Bearer ", 0, 7)) return auth.substring(7).strip();
        return ctx.header("X-Triangulate-Token");
    }

    private boolean tokenOk(String t) {
        return t != null && MessageDigest.isEqual(t.getBytes(StandardCharsets.UTF_8), options.token().getBytes(StandardCharsets.UTF_8));
    }

    private void postLogin(Context ctx) {
        String t = ctx.formParam("token");
        if (!tokenOk(t)) {
            ctx.status(401).html(pages.login("Wrong token."));
            return;
        }
        ctx.header("Set-Cookie", TOKEN_COOKIE + "=" + t + "; Path=/; HttpOnly; SameSite=Strict");
        ctx.redirect("/");
    }

    // ------------------------------------------------------------------ API

    private void status(Context ctx) {
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("articles", store.articleCount()).put("stories", store.storyCount()).put("analyzed", store.analyzedCount())
                .put("failed", store.failedCount()).put("queued", store.pending()).put("log_bytes", store.logBytes());
        var rec = store.recovery();
        o.putObject("recovery").put("records", rec.records()).put("skipped_corrupt", rec.skippedCorrupt()).put("truncated_bytes", rec.truncatedBytes());
        json(ctx, 200, o);
    }

    private void listStories(Context ctx) {
        String q = ctx.queryParam("q");
        String sort = ctx.queryParam("sort") == null ? "newest" : ctx.queryParam("sort").toLowerCase(Locale.ROOT);
        if (!sort.equals("newest") && !sort.equals("biggest")) throw new ClientError(400, "sort must be newest or biggest");
        int limit = intParam(ctx, "limit", 20, 1, 200);
        int offset = intParam(ctx, "offset", 0, 0, Integer.MAX_VALUE);
        if (q != null && q.length() > 500) throw new ClientError(400, "query too long (limit 500 characters)");
        List<Store.StoryEntry> all = q != null && !q.isBlank() ? store.search(q, 1000)
                : store.stories(sort.equals("biggest") ? Store.Order.BIGGEST : Store.Order.NEWEST);
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        o.put("total", all.size()).put("offset", offset).put("limit", limit);
        if (q != null && !q.isBlank()) o.put("query", q);
        else o.put("sort", sort);
        ArrayNode arr = o.putArray("stories");
        for (int i = offset; i < all.size() && i < (long) offset + limit; i++) arr.add(ApiJson.summary(store, all.get(i)));
        json(ctx, 200, o);
    }

    private void getStory(Context ctx) {
        Store.StoryEntry s = store.story(ctx.pathParam("id"));
        if (s == null) throw new ClientError(404, "no such story: " + ctx.pathParam("id"));
        json(ctx, 200, ApiJson.factSheet(store, s));
    }

    private void getArticle(Context ctx) {
        Store.StoredArticle a = store.article(ctx.pathParam("id"));
        if (a == null) throw new ClientError(404, "no such article: " + ctx.pathParam("id"));
        json(ctx, 200, ApiJson.article(store, a));
    }

    private void postArticles(Context ctx) throws IOException {
        requireWrite(ctx, null);
        checkLength(ctx);
        ArticleInput.Parsed parsed;
        try {
            parsed = input.fromJsonBody(ctx.bodyAsBytes(), ctx.contentType());
        } catch (ArticleInput.BadInput e) {
            throw new ClientError(400, e.getMessage());
        }
        accept(ctx, parsed);
    }

    private void postUploads(Context ctx) throws IOException {
        requireWrite(ctx, null);
        checkLength(ctx);
        accept(ctx, fromUploads(ctx));
    }

    private ArticleInput.Parsed fromUploads(Context ctx) {
        String ct = ctx.contentType();
        if (ct == null || !ct.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new ClientError(415, "send files as multipart/form-data (field name: files)");
        }
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (UploadedFile f : ctx.uploadedFiles()) {
            if (f.filename() == null || f.filename().isBlank()) continue;
            try (InputStream in = f.content()) {
                ArticleInput.Parsed p = input.fromFile(f.filename(), in.readAllBytes());
                articles.addAll(p.articles());
                problems.addAll(p.problems());
            } catch (ArticleInput.BadInput e) {
                throw new ClientError(400, e.getMessage());
            } catch (IOException e) {
                throw new ClientError(400, "could not read the upload " + f.filename());
            }
            if (articles.size() > options.maxArticles()) throw new ClientError(400, "too many articles in one request (limit " + options.maxArticles() + ")");
        }
        return new ArticleInput.Parsed(articles, problems);
    }

    private void postAddForm(Context ctx) throws IOException {
        checkLength(ctx);
        String ct = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(Locale.ROOT);
        List<Article> articles = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        String json = ctx.formParam("json");
        try {
            requireWrite(ctx, ctx.formParam("token"));
            if (ct.startsWith("multipart/form-data")) {
                ArticleInput.Parsed p = fromUploads(ctx);
                articles.addAll(p.articles());
                problems.addAll(p.problems());
            }
            if (json != null && !json.isBlank()) {
                ArticleInput.Parsed p = input.fromJsonBody(json.getBytes(StandardCharsets.UTF_8), null);
                articles.addAll(p.articles());
                problems.addAll(p.problems());
            }
        } catch (ClientError e) {
            ctx.status(e.status).html(pages.addPage(Pages.esc(e.getMessage()), true));
            return;
        } catch (ArticleInput.BadInput e) {
            ctx.status(400).html(pages.addPage(Pages.esc(e.getMessage()), true));
            return;
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            ctx.status(400).html(pages.addPage("Choose a file or paste JSON.", true));
            return;
        }
        List<Store.AddResult> results = store.add(articles);
        StringBuilder msg = new StringBuilder();
        long stored = results.stream().filter(r -> r.status() == Store.AddStatus.STORED).count();
        msg.append(stored).append(" article(s) added; they join their stories once analyzed (seconds).");
        for (Store.AddResult r : results) {
            msg.append("<br><a href=\"/articles/").append(Pages.url(r.id())).append("\">").append(Pages.esc(r.id())).append("</a>: ")
                    .append(r.status().name().toLowerCase(Locale.ROOT));
        }
        for (Problem p : problems) msg.append("<br>skipped ").append(Pages.esc(p.origin())).append(": ").append(Pages.esc(p.message()));
        ctx.status(stored > 0 || problems.isEmpty() ? 200 : 400).html(pages.addPage(msg.toString(), stored == 0 && !problems.isEmpty()));
    }

    private void checkLength(Context ctx) {
        long len = ctx.contentLength();
        if (len > options.maxRequestBytes()) throw new ClientError(413, "request too large: " + len + " bytes (limit " + options.maxRequestBytes() + ")");
    }

    private void accept(Context ctx, ArticleInput.Parsed parsed) throws IOException {
        ObjectNode o = ApiJson.MAPPER.createObjectNode();
        ArrayNode results = o.putArray("results");
        ArrayNode problems = o.putArray("problems");
        for (Problem p : parsed.problems()) problems.addObject().put("origin", p.origin()).put("message", p.message());
        if (parsed.articles().isEmpty()) {
            o.putObject("error").put("status", 400).put("message", parsed.problems().isEmpty() ? "no article in the request" : "no valid article in the request");
            json(ctx, 400, o);
            return;
        }
        List<Store.AddResult> added;
        try {
            added = store.add(parsed.articles());
        } catch (IOException e) {
            throw new ClientError(503, "the store cannot accept articles now: " + e.getMessage());
        }
        int conflicts = 0;
        for (Store.AddResult r : added) {
            ObjectNode ro = results.addObject().put("id", r.id()).put("status", r.status().name().toLowerCase(Locale.ROOT)).put("story", r.story());
            if (r.duplicateOf() != null) ro.put("duplicate_of", r.duplicateOf());
            if (r.status() == Store.AddStatus.CONFLICT) {
                conflicts++;
                ro.put("message", "an article with this id and a different text is already stored");
            }
        }
        json(ctx, conflicts == added.size() ? 409 : 202, o);
    }

    // ------------------------------------------------------------------ helpers

    private static void json(Context ctx, int status, JsonNode body) {
        try {
            ctx.status(status).contentType("application/json").result(ApiJson.MAPPER.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void html(Context ctx, String page, String missing) {
        if (page == null) throw new ClientError(404, missing);
        ctx.html(page);
    }

    private static int intParam(Context ctx, String name, int dflt, int min, int max) {
        String v = ctx.queryParam(name);
        if (v == null || v.isBlank()) return dflt;
        try {
            int n = Integer.parseInt(v.strip());
            if (n < min || n > max) throw new ClientError(400, name + " must be between " + min + " and " + max);
            return n;
        } catch (NumberFormatException e) {
            throw new ClientError(400, name + " must be a whole number");
        }
    }
}
