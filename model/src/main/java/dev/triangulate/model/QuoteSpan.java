package dev.triangulate.model;

/** A direct quotation: the quoted text (without the marks) and the span including the marks. */
public record QuoteSpan(String text, int sentence, int begin, int end) {}
