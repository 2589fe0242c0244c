package dev.triangulate.extract.internal;

import dev.triangulate.model.Gazetteer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A known town in the page's address: a section of the site ("/news/las-vegas/...",
 * "/central-mississippi/jackson/..."), a local edition's host ("chicago.suntimes.com") or the
 * end of the story's slug (".../5-injured-in-overnight-shootings-in-johnstown/"). Outlets file
 * their local stories so; used only when the article yields no place at all, and only a town the
 * text itself writes as a name (so "/home/", "/post/" or "/us/" are no towns).
 */
final class UrlTowns {
    private UrlTowns() {}

    /** An archive's prefix before the page's own address. */
    private static final Pattern ARCHIVED = Pattern.compile("^.*?web\\.archive\\.org/web/[^/]+/");
    private static final Pattern ADDRESS = Pattern.compile("^[a-z]+://([^/:?#]+)(?::\\d+)?([^?#]*)", Pattern.CASE_INSENSITIVE);
    /** "...-shootings-in-johnstown", "...-in-rocky-mount.html": a town closing the slug. */
    private static final Pattern SLUG_TOWN = Pattern.compile("-in-([a-z]+(?:-[a-z]+){0,2}?)(?:-\\d+)?(?:\\.s?html?)?$");

    /** The text offsets of the first place the text names a known town of the address, or null. */
    static int[] find(String url, String text) {
        if (url == null) return null;
        Matcher m = ADDRESS.matcher(ARCHIVED.matcher(url.strip()).replaceFirst("http://"));
        if (!m.find()) return null;
        List<String> parts = new ArrayList<>();
        String[] labels = m.group(1).toLowerCase(Locale.ROOT).split("\\.");
        if (labels.length > 2 && !labels[0].matches("www\\d?|m|mobile|amp|web")) parts.add(labels[0]);
        String[] segments = m.group(2).split("/");
        int last = segments.length - 1;
        for (int i = 0; i < last; i++) if (!segments[i].isEmpty()) parts.add(segments[i]);
        if (last >= 0) {
            Matcher slug = SLUG_TOWN.matcher(segments[last].toLowerCase(Locale.ROOT));
            if (slug.find()) parts.add(slug.group(1));
        }
        for (String part : parts) {
            String name = part.replace('-', ' ').replace('_', ' ').strip();
            if (name.isEmpty() || Gazetteer.usState(name).isPresent() || Countries.contains(name)) continue;
            if (!Towns.knownInUs(name)) continue;
            int[] at = written(name, text);
            if (at != null) return at;
        }
        return null;
    }

    /** Where the text writes the town as a name ("Las Vegas", "LAS VEGAS"), whole words; null if nowhere. */
    private static int[] written(String lowerName, String text) {
        StringBuilder p = new StringBuilder("(?<![\\p{L}\\d])");
        String[] words = lowerName.split(" ");
        for (int i = 0; i < words.length; i++) p.append(i > 0 ? "[ -]" : "").append(Pattern.quote(words[i]));
        p.append("(?![\\p{L}\\d])");
        Matcher m = Pattern.compile(p.toString(), Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            boolean name = true;
            for (int i = m.start(); i < m.end(); i++) {
                boolean wordStart = i == m.start() || text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '-';
                if (wordStart && !Character.isUpperCase(text.charAt(i))) name = false;
            }
            if (name) return new int[] {m.start(), m.end()};
        }
        return null;
    }
}
