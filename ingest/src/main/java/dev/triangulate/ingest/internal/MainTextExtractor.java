package dev.triangulate.ingest.internal;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Finds the main text of a page. The method:
 *
 * <ol>
 * <li>Remove what is never article text: scripts, styles, form controls, navigation, asides,
 *     footers, figures and captions, hidden elements, and elements whose class or id names
 *     boilerplate (comments, related, newsletter, ...). Weaker names (share, sidebar, ad,
 *     header, ...) remove an element only when it holds little of the page's prose, since
 *     layout wrappers carry such names too.</li>
 * <li>Cut the rest into text blocks (the own text of each block-level element) and weigh each:
 *     prose (long, or sentence-like, with few links) counts its length; short lines (bylines,
 *     dates, teaser headlines) count twice their length against; link lists count against.
 *     Prose inside an element the page marks as its article body ({@code itemprop=articleBody},
 *     or a class such as {@code article-body}, {@code entry-content}) counts 30 times.</li>
 * <li>Sum the weights over every subtree and take the element with the largest sum, plus
 *     those of its siblings weighing at least a fifth of it (an article split by an ad box).</li>
 * <li>Emit the blocks inside, dropping link lists, the headline and known boilerplate lines;
 *     when the marked article body holds at least 30 % of the prose found, only its blocks.</li>
 * </ol>
 *
 * <p>The constants were tuned on the article-extraction benchmark (docs/evaluation.md). All
 * passes are linear and iterative, so pathologically deep or large documents neither
 * overflow the stack nor take quadratic time.
 */
public final class MainTextExtractor {
    private static final Set<String> DROP_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "input", "select", "textarea", "option", "nav", "aside",
            "footer", "figcaption", "figure", "picture", "video", "audio", "map", "head", "menu", "dialog", "label");
    private static final Set<String> BLOCK_TAGS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul",
            "ol", "table", "tbody", "thead", "tr", "td", "th", "blockquote", "pre", "section", "article", "main",
            "header", "footer", "figure", "dl", "dt", "dd", "form", "fieldset", "address", "center", "body", "html",
            "hr", "caption");
    private static final Pattern STRONG_NEGATIVE = Pattern.compile(
            "(?i)comment|disqus|related|newsletter|outbrain|taboola|recirc|cookie|consent|gdpr|most-?popular|"
                    + "also-?read|more-?stories|read-?more|trending");
    private static final Pattern NEGATIVE = Pattern.compile(
            "(?i)share|sharing|social|subscri|promo|sponsor|advert|"
                    + "(^|[-_ ])ads?([-_ ]|$)|banner|sidebar|widget|breadcrumb|byline|author|meta-|tags|"
                    + "cookie|consent|gdpr|popup|modal|paywall|signup|sign-up|toolbar|pagination|pager|"
                    + "footer|masthead|navbar|(^|[-_ ])nav([-_ ]|$)|menu|skip|outbrain|taboola|recirc|"
                    + "most-?popular|trending|read-?more|also-?read|more-?stories|caption|credit|timestamp|dateline");
    private static final Pattern POSITIVE = Pattern.compile(
            "(?i)article-?body|articlebody|story-?body|post-?body|entry-?content|post-?content|article-?content|"
            + "article-?text|story-?content|main-?content|body-?text|rich-?text");
    private static final Pattern BOILERPLATE_LINE = Pattern.compile(
            "(?i)^(advertisement|advertisements|ad|sponsored|read more|read next|related|share|share this|"
                    + "follow us|sign up|subscribe|click here|continue reading|recommended|trending|"
                    + "more from .*|related articles?|you may also like.*|comments?|\\d+ comments?)[:.!]?$");

    /** Creates the extractor. */
    public MainTextExtractor() {}

    private static final class Block {
        final Element element;
        final StringBuilder text = new StringBuilder();
        int linkChars;
        boolean heading;
        boolean marked;
        double weight;
        Block(Element element) { this.element = element; }
    }

    /**
     * The main text of {@code doc} (which is modified), paragraphs separated by blank lines.
     *
     * @param title      the page's headline, left out of the text
     * @param jsonLdBody the JSON-LD articleBody, or null
     */
    public String extract(Document doc, String title, String jsonLdBody) {
        Element body = doc.body();
        if (body == null) return "";
        clean(body);
        List<Block> blocks = blocks(body);
        if (blocks.isEmpty()) return "";
        Elements all = body.getAllElements();
        Map<Element, double[]> sums = subtreeSums(all, body, blocks, false);
        Element best = bestContainer(all, sums);
        List<String> out = new ArrayList<>();
        String titleKey = key(title);
        Set<Element> chosen = descendants(all, withSiblings(best, sums));
        List<Block> inside = new ArrayList<>();
        for (Block b : blocks) if (chosen.contains(b.element)) inside.add(b);
        inside = onlyMarked(inside);
        for (Block b : inside) {
            for (String line : b.text.toString().split("\n")) {
                String t = line.replaceAll("[ \\t\\u00A0]+", " ").strip();
                if (t.isEmpty()) continue;
                double ld = b.text.length() == 0 ? 0 : (double) b.linkChars / b.text.length();
                if (ld > 0.5 && t.length() < 300) continue;
                if (BOILERPLATE_LINE.matcher(t).matches()) continue;
                if (!titleKey.isEmpty() && key(t).equals(titleKey)) continue;
                out.add(t);
            }
        }
        String dom = String.join("\n\n", out);
        // Measured on the benchmark, the page's JSON-LD articleBody is worse than the DOM text
        // (often truncated or stale); it is only a fallback for pages whose DOM yields nothing.
        if (dom.length() < 100 && jsonLdBody != null && jsonLdBody.strip().length() > dom.length()) {
            return jsonLdBody.strip();
        }
        return dom;
    }

    private static String key(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static void clean(Element body) {
        List<Element> remove = new ArrayList<>();
        List<Element> weak = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body) continue;
            String tag = e.normalName();
            if (DROP_TAGS.contains(tag) || isHidden(e)) {
                remove.add(e);
                continue;
            }
            if (tag.equals("article") || tag.equals("main")) continue;
            String names = e.className() + " " + e.id();
            if (names.isBlank() || POSITIVE.matcher(names).find()) continue;
            if (STRONG_NEGATIVE.matcher(names).find()) remove.add(e);
            else if (NEGATIVE.matcher(names).find()) weak.add(e);
        }
        removeAll(remove);
        if (weak.isEmpty()) return;
        // A weakly negative name ("sidebar", "ad", "header") on an element holding most of the
        // page's prose names a layout wrapper, not boilerplate: keep those.
        Elements all = body.getAllElements();
        Map<Element, double[]> prose = subtreeSums(all, body, blocks(body), true);
        double total = Math.max(1, prose.get(body)[0]);
        List<Element> drop = new ArrayList<>();
        for (Element e : weak) {
            double[] p = prose.get(e);
            if (p != null && p[0] < 0.2 * total) drop.add(e);
        }
        removeAll(drop);
    }

    private static void removeAll(List<Element> remove) {
        for (Element e : remove) e.remove();
    }

    // Summed block weights under each element (only positive weights when proseOnly).
    private static Map<Element, double[]> subtreeSums(Elements all, Element root, List<Block> blocks, boolean proseOnly) {
        Map<Element, double[]> sum = new IdentityHashMap<>(all.size() * 2);
        for (Element e : all) sum.put(e, new double[1]);
        for (Block b : blocks) {
            double w = b.weight;
            if (w > 0 && b.marked) w *= BOOST;
            double[] s = sum.get(b.element);
            if (s != null && (!proseOnly || w > 0)) s[0] += w;
        }
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e == root) continue;
            double[] p = sum.get(e.parent());
            if (p != null) p[0] += sum.get(e)[0];
        }
        return sum;
    }

    private static boolean isHidden(Element e) {
        if (e.hasAttr("hidden")) return true;
        if ("true".equalsIgnoreCase(e.attr("aria-hidden"))) return true;
        String style = e.attr("style");
        if (style.isEmpty()) return false;
        String s = style.toLowerCase(Locale.ROOT).replace(" ", "");
        return s.contains("display:none") || s.contains("visibility:hidden");
    }

    private static boolean isBlock(Element e) {
        return BLOCK_TAGS.contains(e.normalName());
    }

    // Text blocks in document order: each block-level element's own text (not its child blocks').
    private static List<Block> blocks(Element body) {
        // Per element, in one pass from the root down (parents come before children in
        // document order): its nearest block-level ancestor-or-self, whether it sits in a link
        // below that block, and whether it is inside an element marked as the article body.
        Elements all = body.getAllElements();
        Map<Element, Element> blockOf = new IdentityHashMap<>(all.size() * 2);
        Map<Element, Boolean> inLink = new IdentityHashMap<>(all.size() * 2);
        Map<Element, Boolean> marked = new IdentityHashMap<>(all.size() * 2);
        for (Element e : all) {
            Element parent = e == body ? null : e.parent();
            boolean block = isBlock(e) || parent == null;
            blockOf.put(e, block ? e : blockOf.get(parent));
            inLink.put(e, e.normalName().equals("a") || !block && parent != null && inLink.get(parent));
            marked.put(e, marksBody(e) || parent != null && marked.get(parent));
        }
        Map<Element, Block> byElement = new IdentityHashMap<>();
        List<Block> out = new ArrayList<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode tn) {
                    String t = tn.text();
                    if (t.isBlank() || !(tn.parent() instanceof Element parent) || !blockOf.containsKey(parent)) return;
                    Element block = blockOf.get(parent);
                    Block b = byElement.get(block);
                    if (b == null) {
                        b = new Block(block);
                        b.heading = block.normalName().matches("h[1-6]");
                        b.marked = marked.get(block);
                        byElement.put(block, b);
                        out.add(b);
                    }
                    String norm = t.replaceAll("\\s+", " ");
                    int n = b.text.length();
                    if (n > 0 && (b.text.charAt(n - 1) == ' ' || b.text.charAt(n - 1) == '\n') && norm.startsWith(" ")) {
                        norm = norm.substring(1);
                    }
                    b.text.append(norm);
                    if (inLink.get(parent)) b.linkChars += norm.strip().length();
                } else if (node instanceof Element e && e.normalName().equals("br") && blockOf.containsKey(e)) {
                    Block b = byElement.get(blockOf.get(e));
                    if (b != null) b.text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {}
        }, body);
        for (Block b : out) b.weight = weight(b);
        return out;
    }

    private static double weight(Block b) {
        String t = b.text.toString().strip();
        int len = t.length();
        if (len == 0) return 0;
        double ld = (double) b.linkChars / len;
        if (ld > 0.5) return -len;
        int eff = len + 2 * cjk(t); // a CJK character carries about a word
        boolean sentence = SENTENCE_END.matcher(t).find();
        if (eff >= 100 || eff >= 40 && sentence) {
            return eff * (1 - ld);
        }
        if (b.heading) return 0;
        // short lines (bylines, dates, teaser headlines, labels) count against their container
        return -2 * eff;
    }

    /** Weight multiplier for prose inside an element marked as the article body. */
    private static final double BOOST = 30;

    // An element that says it is the article body (schema.org microdata or a telling class name).
    private static boolean marksBody(Element e) {
        String prop = e.attr("itemprop");
        if (prop.equalsIgnoreCase("articleBody") || prop.equalsIgnoreCase("text")) return true;
        String names = e.className() + " " + e.id();
        return !names.isBlank() && POSITIVE.matcher(names).find();
    }

    /** Share of the container's prose a marked article body must hold to be used alone. */
    private static final double ONLY_MARKED = 0.3;

    // When the page marks its article body and that holds most of the prose found, keep only what it marks.
    private static List<Block> onlyMarked(List<Block> blocks) {
        double marked = 0, all = 0;
        List<Block> out = new ArrayList<>();
        for (Block b : blocks) {
            double w = Math.max(0, b.weight);
            all += w;
            if (b.marked) { marked += w; out.add(b); }
        }
        return all > 0 && marked >= ONLY_MARKED * all ? out : blocks;
    }

    /** Siblings of the container weighing at least this share of it join it. */
    private static final double SIB = 0.2;

    /** The container and those of its siblings that weigh at least SIB of it (an article split by an ad box). */
    private static List<Element> withSiblings(Element best, Map<Element, double[]> sums) {
        List<Element> out = new ArrayList<>();
        Element parent = best.parent();
        double top = sums.get(best)[0];
        if (parent == null || top <= 0) return List.of(best);
        for (Element sib : parent.children()) {
            double[] s = sums.get(sib);
            if (sib == best || s != null && s[0] >= SIB * top) out.add(sib);
        }
        return out;
    }

    private static final Pattern SENTENCE_END = Pattern.compile("[.!?:\"\u201D\u3002\uFF01\uFF1F]\s*$");

    private static int cjk(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            Character.UnicodeScript sc = Character.UnicodeScript.of(t.charAt(i));
            if (sc == Character.UnicodeScript.HAN || sc == Character.UnicodeScript.HIRAGANA
                    || sc == Character.UnicodeScript.KATAKANA || sc == Character.UnicodeScript.HANGUL) n++;
        }
        return n;
    }

    // The element whose subtree has the largest summed block weight.
    private static Element bestContainer(Elements all, Map<Element, double[]> sum) {
        Element best = all.get(0);
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int i = all.size() - 1; i >= 0; i--) {
            double s = sum.get(all.get(i))[0];
            if (s > bestScore) { bestScore = s; best = all.get(i); }
        }
        return best;
    }

    // The given elements and everything under them, in one pass over the document.
    private static Set<Element> descendants(Elements all, List<Element> roots) {
        Set<Element> in = java.util.Collections.newSetFromMap(new IdentityHashMap<>());
        in.addAll(roots);
        for (Element e : all) if (e.parent() != null && in.contains(e.parent())) in.add(e);
        return in;
    }
}
