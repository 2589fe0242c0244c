package dev.triangulate.model;

import java.util.Locale;

/** How well a fact is supported. */
public enum FactStatus {
    /** At least two independent sources state compatible values and nobody contradicts them. */
    CORROBORATED,
    /** One independent source (possibly several copies of it) states it; nobody contradicts it. */
    SINGLE_SOURCE,
    /** Sources give incompatible values that are not explained by the story developing. */
    DISPUTED,
    /** Values changed over publication time (a rising toll): a development, not a conflict. */
    DEVELOPING;

    public String key() { return name().toLowerCase(Locale.ROOT).replace('_', '-'); }
}
