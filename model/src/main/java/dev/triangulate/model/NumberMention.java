package dev.triangulate.model;

/**
 * A number in the text with its qualifier ("at least eight" = 8, AT_LEAST).
 * For {@link Qualifier#SEVERAL} without a figure, value is 0.
 */
public record NumberMention(String text, double value, Qualifier qualifier, int sentence,
                            int firstToken, int lastToken, int begin, int end) {}
