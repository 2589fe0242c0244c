package dev.triangulate.model;

/** One sentence of an article: its index and its character span in {@link Article#text()}. */
public record Sentence(int index, int begin, int end, String text) {}
