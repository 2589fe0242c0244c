package dev.triangulate.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Removes page noise from scraped article text, line by line, with a chain of
 * {@link LineFilter}s. Every surviving line is a paragraph: scraped text and JSONL content
 * separate paragraphs by a line break (single or double), and noise comes in whole lines.
 * Hard-wrapped prose (one paragraph over several lines) therefore comes out as several
 * paragraphs; the sentence splitter downstream does not depend on paragraph breaks.
 */
public final class NoiseCleaner {
    private final List<LineFilter> filters;

    /** The standard chain; see {@link #standardFilters()}. */
    public NoiseCleaner() {
        this(standardFilters());
    }

    /** A cleaner applying {@code filters} in order; a line dropped by one is not seen by the next. */
    public NoiseCleaner(List<LineFilter> filters) {
        this.filters = List.copyOf(filters);
    }

    /**
     * The standard chain: HTML, white space, lost spaces between sentences, comment forms, image credits, share and navigation
     * lines, keyword stuffing, and white space again for lines the rewriting filters shortened.
     * Markup goes first because the other filters look at visible text only; keyword stuffing
     * goes last because it judges what remains of a line after prefixes are cut.
     */
    public static List<LineFilter> standardFilters() {
        return List.of(new HtmlFilter(), new WhitespaceFilter(), new RunTogetherSentenceFilter(), new CommentFormFilter(),
                new ImageCreditFilter(), new ShareNavigationFilter(), new KeywordStuffingFilter(),
                new WhitespaceFilter());
    }

    /** The cleaned paragraphs of {@code text}, joined by a blank line ("\n\n"). */
    public String clean(String text) {
        return String.join("\n\n", paragraphs(text));
    }

    /** The cleaned paragraphs of {@code text}, one per surviving line, in order. */
    public List<String> paragraphs(String text) {
        List<String> out = new ArrayList<>();
        if (text == null || text.isEmpty()) return out;
        for (String line : text.split("\\R")) {
            cleanLine(line).ifPresent(out::add);
        }
        return out;
    }

    /** One line through the chain: empty when it is noise, else the cleaned line. */
    public Optional<String> cleanLine(String line) {
        Optional<String> current = Optional.of(line);
        for (LineFilter f : filters) {
            current = f.apply(current.get());
            if (current.isEmpty()) return current;
        }
        return current;
    }

    /**
     * A headline from metadata: markup removed and white space normalized, but no content
     * filters, since a title given explicitly is not page noise even when written in lower case.
     */
    public static String cleanTitle(String title) {
        if (title == null) return "";
        Optional<String> s = new HtmlFilter().apply(title.replaceAll("\\R", " "));
        return s.flatMap(new WhitespaceFilter()::apply).orElse("");
    }
}
