package dev.triangulate.extract.internal;

import java.util.Comparator;
import java.util.List;

/**
 * A big city's neighbourhood that the gazetteer knows only as towns of other states: "Whitehaven"
 * (an English town) in a Memphis report, "Algiers" in a New Orleans one, "Williamsburg" in a
 * Brooklyn one. Where the article also names such a city, the neighbourhood lies in it.
 */
final class Neighbourhoods {
    private Neighbourhoods() {}

    /** A city that has neighbourhoods of its own. */
    private static final int CITY = 100_000;

    /** The big city of another candidate that the candidate {@code best} lies in, or null. */
    static PlaceRule.Candidate cityAround(List<PlaceRule.Candidate> candidates, PlaceRule.Candidate best) {
        // a place named only as where it happened, not by its police or a dateline
        if (best.priority() > PlaceRule.EVENT || Towns.named(best.value()).isEmpty()) return null;
        for (PlaceRule.Candidate c : candidates) {
            if (c.named() && c.priority() >= PlaceRule.EVENT && inside(best.value(), bigUsCity(c.value()))) return c;
        }
        return null;
    }

    /** Whether a place of this name can be a neighbourhood of the city: no big city itself, and no town of the city's state. */
    static boolean inside(String place, Towns.Town city) {
        if (city == null || Towns.key(place).equals(Towns.key(city.name())) || bigUsCity(place) != null) return false;
        return Towns.named(place).stream().noneMatch(t -> !t.section() && t.sameState(city));
    }

    /** The most populous town of this name, when it is a US city of {@value #CITY} people or more. */
    static Towns.Town bigUsCity(String name) {
        return bigUsCity(name, null);
    }

    /**
     * The same, of the given state (a postal code) when the article states one ("Lakewood, N.Y." is no
     * Lakewood, Colo.), else only when it outweighs its namesakes five times over in people.
     */
    static Towns.Town bigUsCity(String name, String state) {
        List<Towns.Town> towns = Towns.named(name).stream()
                .filter(t -> !t.section() && (state == null || t.country().equals("US") && t.state().equals(state)))
                .sorted(Comparator.comparingInt(Towns.Town::population).reversed()).toList();
        if (towns.isEmpty() || state == null && towns.size() > 1 && towns.get(0).population() < 5L * towns.get(1).population()) return null;
        Towns.Town t = towns.get(0);
        return t.country().equals("US") && t.population() >= CITY ? t : null;
    }
}
