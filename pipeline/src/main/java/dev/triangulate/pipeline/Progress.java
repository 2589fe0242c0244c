package dev.triangulate.pipeline;

/** Receives progress of a long run; implementations must be thread-safe. */
@FunctionalInterface
public interface Progress {
    /** Called after a unit of work of a stage: {@code done} of {@code total} units. */
    void update(String stage, int done, int total);

    /** Reports nothing. */
    Progress NONE = (stage, done, total) -> { };
}
