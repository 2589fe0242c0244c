package dev.triangulate.extract.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Country gazetteer (resource countries.txt): tells "Turkey" (a country) from "Ankara" (a city). */
final class Countries {
    private Countries() {}

    private static final Map<String, String> NAMES = load();
    private static final Map<String, String> ALIASES = Map.of(
            "us", "United States", "u.s.", "United States", "usa", "United States", "america", "United States",
            "united states of america", "United States", "uk", "United Kingdom", "britain", "United Kingdom",
            "great britain", "United Kingdom", "russian federation", "Russia", "holland", "Netherlands");

    static boolean contains(String name) {
        return NAMES.containsKey(name.toLowerCase(Locale.ROOT));
    }

    static String canonical(String name) {
        String k = name.toLowerCase(Locale.ROOT);
        return ALIASES.getOrDefault(k, NAMES.getOrDefault(k, name));
    }

    private static Map<String, String> load() {
        Map<String, String> m = new HashMap<>();
        try (var in = Countries.class.getResourceAsStream("countries.txt");
             var r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().filter(l -> !l.isBlank() && !l.startsWith("#")).forEach(l -> m.put(l.toLowerCase(Locale.ROOT), l));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return m;
    }
}
