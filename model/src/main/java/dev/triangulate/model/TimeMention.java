package dev.triangulate.model;

/**
 * A time expression normalized against the publication time (TIMEX3 value such as
 * "2016-12-19TEV" or "2016-12-19"); {@code value} is null when it could not be resolved.
 */
public record TimeMention(String text, String value, String type, int sentence, int firstToken,
                          int lastToken, int begin, int end) {}
