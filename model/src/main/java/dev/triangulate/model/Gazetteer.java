package dev.triangulate.model;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The small place list shared by clustering and extraction ({@code places.tsv}): US states
 * with their AP abbreviations and postal codes, and about 150 countries.
 */
public final class Gazetteer {
    private Gazetteer() {}

    /** One place: a key ("us-tx", "tr") and its names, the first being the canonical one. */
    public record Place(String key, List<String> names) {
        public Place {
            names = List.copyOf(names);
        }

        /** The canonical name ("Texas"). */
        public String name() { return names.get(0); }

        /** Whether this is a US state. */
        public boolean usState() { return key.startsWith("us-"); }
    }

    private static final List<Place> PLACES = new ArrayList<>();
    private static final Map<String, Place> BY_NAME = new HashMap<>();

    static {
        try (InputStream in = Gazetteer.class.getResourceAsStream("places.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] kv = line.split("\t");
                Place p = new Place(kv[0], List.of(kv[1].split("\\|")));
                PLACES.add(p);
                for (String n : p.names()) BY_NAME.putIfAbsent(n, p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every place, in file order. */
    public static List<Place> places() { return List.copyOf(PLACES); }

    /** The place with this exact name, abbreviation ("Tex.") or postal code ("TX"). */
    public static Optional<Place> byName(String name) {
        return Optional.ofNullable(BY_NAME.get(name));
    }

    /** The US state with this name, AP abbreviation or postal code. */
    public static Optional<Place> usState(String name) {
        return byName(name).filter(Place::usState);
    }
}
