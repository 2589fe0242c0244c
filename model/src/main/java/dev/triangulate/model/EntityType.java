package dev.triangulate.model;

/** The entity classes the analysis stage distinguishes. */
public enum EntityType { PERSON, LOCATION, ORGANIZATION, MISC }
