package dev.triangulate.model;

/** A direct quote with its speaker as resolved by the extraction rules (null when unknown). */
public record Quote(String speaker, String text, Evidence evidence) {}
