package dev.triangulate.model;

/**
 * Where a claim is stated: the article, the sentence, and the character span of the
 * stating words inside {@link Article#text()}.
 */
public record Evidence(String articleId, int sentenceIndex, String sentence, int begin, int end) {}
