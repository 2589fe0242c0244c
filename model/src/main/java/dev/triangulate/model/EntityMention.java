package dev.triangulate.model;

/** A named-entity mention: tokens [firstToken, lastToken] of one sentence. */
public record EntityMention(String text, EntityType type, int sentence, int firstToken, int lastToken,
                            int begin, int end) {}
