package dev.triangulate.model;

import java.util.List;

/** A reconciled fact of a story: all values reported for (subject, slot) and their status. */
public record Fact(String subject, Slot slot, List<FactValue> values, FactStatus status) {
    public Fact {
        values = List.copyOf(values);
    }
}
