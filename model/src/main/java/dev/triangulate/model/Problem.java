package dev.triangulate.model;

/** Something that went wrong with one input (a broken article, a duplicate); the run goes on. */
public record Problem(String origin, String message) {}
