package dev.triangulate.extract.internal;

import java.util.List;

/**
 * "in East Elmhurst, Queens", "in Long Island City, Queens": a place written with a much bigger town
 * of the same state after a comma is a part of that town (the gazetteer knows many neighbourhoods as
 * towns of their own), and records file the event under the bigger town.
 */
final class EnclosingTowns {
    private EnclosingTowns() {}

    /** How much bigger the town after the comma must be than every same-state place of the first name. */
    private static final int TIMES_BIGGER = 10;

    /**
     * The bigger town after "{@code name} ," in the sentence, or null when none follows.
     *
     * @param last the index of the name's last token
     */
    static String after(SentenceView v, int last, String name) {
        if (!v.lower(last + 1).equals(",")) return null;
        int start = last + 2;
        if (v.lower(start).equals("the")) start++; // "in Mott Haven, the Bronx"
        int end = start;
        while (v.at(end) != null && v.at(end).pos().startsWith("NNP") && end < start + 3) end++;
        // the whole name: "in Long Island City, Queens Boulevard" is a street
        if (end == start || v.at(end) != null && v.at(end).pos().startsWith("NNP")) return null;
        String town = v.text(start, end - 1);
        boolean bigger = dev.triangulate.model.Gazetteer.usState(town).isEmpty() && !Countries.contains(town) && encloses(town, name);
        return bigger ? town : null;
    }

    private static boolean encloses(String town, String name) {
        List<Towns.Town> parts = Towns.named(name).stream().filter(t -> t.country().equals("US")).toList();
        if (parts.isEmpty()) return false;
        return Towns.named(town).stream().anyMatch(big -> !big.section() && big.country().equals("US")
                && parts.stream().filter(p -> p.sameState(big)).findAny().isPresent()
                && parts.stream().filter(p -> p.sameState(big)).allMatch(p -> (long) p.population() * TIMES_BIGGER <= big.population()));
    }
}
