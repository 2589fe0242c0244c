package dev.triangulate.pipeline;

import dev.triangulate.model.Problem;
import dev.triangulate.model.StoryReport;
import java.util.List;
import java.util.Map;

/**
 * What a batch run produced.
 *
 * @param stories     one report per story, largest story first
 * @param problems    inputs that were skipped, with the reason
 * @param assignments article id → story id, for every article that was analyzed
 * @param timings     stage name → wall-clock milliseconds
 */
public record RunResult(List<StoryReport> stories, List<Problem> problems, Map<String, String> assignments,
                        Map<String, Long> timings, int articles) {
    public RunResult {
        stories = List.copyOf(stories);
        problems = List.copyOf(problems);
    }
}
