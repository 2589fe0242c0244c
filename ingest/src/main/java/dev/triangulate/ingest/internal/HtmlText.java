package dev.triangulate.ingest.internal;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/** The visible text of an HTML fragment (a feed entry's content), one line per block. */
public final class HtmlText {
    private HtmlText() {}

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
            "table", "tr", "blockquote", "pre", "section", "article", "figure", "figcaption", "dl", "dt", "dd", "hr");
    private static final Set<String> SKIP = Set.of("script", "style", "noscript", "template", "iframe", "figcaption");

    /** Text of {@code html}, blocks and {@code <br>} on lines of their own. */
    public static String of(String html) {
        if (html == null || html.isBlank()) return "";
        Element body = Jsoup.parseBodyFragment(html).body();
        for (String tag : SKIP) body.select(tag).remove();
        StringBuilder out = new StringBuilder();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    out.append(t.text());
                } else if (node instanceof Element e) {
                    if (e.normalName().equals("br") || BLOCKS.contains(e.normalName())) out.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && BLOCKS.contains(e.normalName())) out.append('\n');
            }
        }, body);
        return out.toString();
    }
}
