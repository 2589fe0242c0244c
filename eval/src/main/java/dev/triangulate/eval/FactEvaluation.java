package dev.triangulate.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.triangulate.ingest.Ingestor;
import dev.triangulate.ingest.InputFormat;
import dev.triangulate.ingest.JsonlArticleReader;
import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.ExtractedArticle;
import dev.triangulate.model.Fact;
import dev.triangulate.model.FactValue;
import dev.triangulate.model.Gazetteer;
import dev.triangulate.model.Slot;
import dev.triangulate.model.StoryReport;
import dev.triangulate.pipeline.Triangulate;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;

/**
 * Incident facts on the GVA dataset: the articles of each gold incident are analyzed,
 * extracted and reconciled into one story by the real pipeline, and the story's leading
 * values ({@link Fact#leading()}) are compared with the incident record: killed and injured
 * counts, date (same day), city, state, and participants (victim names, their status and age).
 *
 * <p>Each field is scored over all incidents with a record, and over the <em>covered</em>
 * incidents, whose texts contain the gold value at all (defined per field in {@link Coverage}):
 * GVA records come from a database, and an article often gives an early or partial count.
 */
public final class FactEvaluation {
    private FactEvaluation() {}

    /** The incident record fields used. */
    record Gold(String id, LocalDate date, String state, String city, int killed, int injured, List<Participant> participants) {}

    /** A participant of the record; {@code status} is lower case (killed, injured, arrested, unharmed), age may be null. */
    record Participant(String name, boolean victim, Set<String> status, Integer age) {}

    /** One field's score: correct over all incidents and over covered incidents. */
    public record FieldScore(String field, int correct, int total, int coveredCorrect, int covered) {
        public double accuracy() { return total == 0 ? 0 : (double) correct / total; }

        public double coveredAccuracy() { return covered == 0 ? 0 : (double) coveredCorrect / covered; }

        public double coverage() { return total == 0 ? 0 : (double) covered / total; }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "%-10s accuracy %.3f (%d/%d)   on covered %.3f (%d/%d)   coverage %.3f",
                    field, accuracy(), correct, total, coveredAccuracy(), coveredCorrect, covered, coverage());
        }
    }

    /** Victim names of the covered incidents: matched, predicted but not in the record, in the texts but not predicted. */
    public record NameCounts(int right, int wrong, int missed) {}

    /** All scores of one run. */
    public record Result(int articles, int incidents, List<FieldScore> fields, PrfScores victimNames,
                         PrfScores victimNamesCovered, NameCounts coveredNameCounts, double victimNameCoverage, FieldScore victimStatus, FieldScore victimAge, long millis,
                         long cacheHits, List<String> sampleErrors) {
        @Override
        public String toString() {
            StringBuilder sb = new StringBuilder();
            sb.append(String.format(Locale.ROOT, "%,d articles, %,d incidents with a record, %.0f s (%,d analyses from cache)%n",
                    articles, incidents, millis / 1000.0, cacheHits));
            for (FieldScore f : fields) sb.append(f).append('\n');
            sb.append(victimStatus).append('\n').append(victimAge).append('\n');
            sb.append(String.format(Locale.ROOT, "victim names  P %.3f R %.3f F1 %.3f   on covered P %.3f R %.3f F1 %.3f (%d right, %d false, %d missed)   coverage %.3f%n",
                    victimNames.precision(), victimNames.recall(), victimNames.f1(), victimNamesCovered.precision(),
                    victimNamesCovered.recall(), victimNamesCovered.f1(), coveredNameCounts.right(), coveredNameCounts.wrong(),
                    coveredNameCounts.missed(), victimNameCoverage));
            return sb.toString();
        }
    }

    /**
     * @param gvaDir   the dataset directory (docs.jsonl.gz and incidents.jsonl.gz)
     * @param cacheDir analysis cache, or null
     * @param threads  analysis threads
     * @param progress progress lines, or null
     */
    public static Result run(Path gvaDir, Path cacheDir, int threads, PrintStream progress)
            throws IOException, dev.triangulate.ingest.IngestException {
        return run(gvaDir, cacheDir, threads, progress, null);
    }

    /** As {@link #run(Path, Path, int, PrintStream)}, also writing one TSV line per incident (gold and predicted values) to {@code predictionsOut}. */
    public static Result run(Path gvaDir, Path cacheDir, int threads, PrintStream progress, Path predictionsOut)
            throws IOException, dev.triangulate.ingest.IngestException {
        Path docs = gvaDir.resolve("docs.jsonl.gz");
        Map<String, Gold> gold = readIncidents(gvaDir.resolve("incidents.jsonl.gz"));
        Map<String, String> incidentOf = JsonlArticleReader.readLabels(docs, "incident_id");
        List<Article> articles = new Ingestor().read(List.of(docs), InputFormat.JSONL).articles().stream()
                .filter(a -> gold.containsKey(incidentOf.get(a.id()))).toList();
        long t0 = System.currentTimeMillis();
        Map<String, List<ExtractedArticle>> byIncident = new TreeMap<>();
        long hits;
        try (Triangulate t = Triangulate.create(threads, cacheDir)) {
            ExecutorService pool = Executors.newFixedThreadPool(threads);
            try {
                AtomicInteger done = new AtomicInteger();
                List<Future<ExtractedArticle>> futures = new ArrayList<>();
                for (Article a : articles) {
                    futures.add(pool.submit(() -> {
                        ExtractedArticle e = t.extract(a);
                        int n = done.incrementAndGet();
                        if (progress != null && n % 500 == 0) progress.printf("extracted %,d / %,d articles%n", n, articles.size());
                        return e;
                    }));
                }
                for (Future<ExtractedArticle> f : futures) {
                    ExtractedArticle e = f.get();
                    byIncident.computeIfAbsent(incidentOf.get(e.article().id()), k -> new ArrayList<>()).add(e);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted", e);
            } catch (java.util.concurrent.ExecutionException e) {
                throw new IllegalStateException("extraction failed: " + e.getCause(), e.getCause());
            } finally {
                pool.shutdownNow();
            }
            hits = t.cacheHits();
            Scorer s = new Scorer();
            for (var e : byIncident.entrySet()) s.score(gold.get(e.getKey()), e.getValue(), t.reconcile(e.getKey(), e.getValue()));
            if (predictionsOut != null) {
                Path parent = predictionsOut.toAbsolutePath().getParent();
                if (parent != null) Files.createDirectories(parent);
                Files.write(predictionsOut, s.rows, StandardCharsets.UTF_8);
            }
            return s.result(articles.size(), System.currentTimeMillis() - t0, hits);
        }
    }

    /** {@code FactEvaluation GVA_DIR [CACHE_DIR]}: the same as {@code triangulate eval facts --dataset gva}. */
    public static void main(String[] args) throws Exception {
        Path cache = args.length > 1 ? Path.of(args[1]) : null;
        Path predictions = args.length > 2 ? Path.of(args[2]) : null;
        System.out.print(run(Path.of(args[0]), cache, Runtime.getRuntime().availableProcessors(), System.err, predictions));
    }

    /** Accumulates the per-field counts. */
    static final class Scorer {
        private final Map<String, int[]> counts = new LinkedHashMap<>(); // correct, total, coveredCorrect, covered
        private int tp, fp, fn; // all incidents
        private int coveredTp, coveredFp, coveredFn, namesInTexts; // covered incidents, names the texts contain
        private final List<String> errors = new ArrayList<>();
        final List<String> rows = new ArrayList<>(List.of(
                "incident\tarticles\tkilled\tpred_killed\tinjured\tpred_injured\tdate\tpred_date\tcity\tpred_city\tstate\tpred_state\tvictims\tpred_victims"
                + "\tcity_values\tdate_values\tinjured_values"));
        private int incidents;

        void score(Gold g, List<ExtractedArticle> articles, StoryReport story) {
            incidents++;
            String text = String.join("\n", articles.stream().map(a -> a.article().text()).toList());
            String lower = text.toLowerCase(Locale.ROOT);
            Integer killed = count(story, Slot.KILLED);
            Integer injured = count(story, Slot.INJURED);
            add("killed", (killed == null ? 0 : killed) == g.killed(), Coverage.count(lower, g.killed()));
            add("injured", (injured == null ? 0 : injured) == g.injured(), Coverage.count(lower, g.injured()));
            String date = leading(story, Claim.INCIDENT, Slot.DATE).orElse(null);
            LocalDate earliest = articles.stream().map(a -> a.article().published()).filter(java.util.Objects::nonNull)
                    .min(java.util.Comparator.naturalOrder()).map(i -> i.atOffset(ZoneOffset.UTC).toLocalDate()).orElse(null);
            boolean dateCovered = Coverage.date(lower, g.date(), earliest);
            add("date", g.date() != null && date != null && date.startsWith(g.date().toString()), dateCovered);
            String predictedDate = date != null ? date : earliest == null ? null : earliest.toString();
            add("date*", g.date() != null && predictedDate != null && predictedDate.startsWith(g.date().toString()), dateCovered);
            String city = leading(story, Claim.INCIDENT, Slot.PLACE).orElse(null);
            add("city", city != null && samePlace(city, g.city()), Coverage.place(text, g.city()));
            String state = leading(story, Claim.INCIDENT, Slot.REGION).orElse(null);
            add("state", state != null && state.equalsIgnoreCase(g.state()), Coverage.state(text, g.state()));
            if (errors.size() < 40 && killed != null && killed != g.killed()) {
                errors.add("killed " + killed + " vs " + g.killed() + " in " + g.id());
            }
            names(g, story, lower);
            rows.add(String.join("\t", g.id(), articles.stream().map(a -> a.article().id()).collect(java.util.stream.Collectors.joining(",")),
                    Integer.toString(g.killed()), String.valueOf(killed), Integer.toString(g.injured()), String.valueOf(injured),
                    String.valueOf(g.date()), String.valueOf(date), String.valueOf(g.city()), String.valueOf(city),
                    String.valueOf(g.state()), String.valueOf(state),
                    g.participants().stream().filter(p -> p.victim() && p.name() != null).map(Participant::name)
                            .collect(java.util.stream.Collectors.joining("; ")),
                    story.facts().stream().filter(f -> f.subject().equals(Claim.INCIDENT) && f.slot() == Slot.VICTIM)
                            .flatMap(f -> f.values().stream()).map(FactValue::value).collect(java.util.stream.Collectors.joining("; ")),
                    allValues(story, Slot.PLACE), allValues(story, Slot.DATE), allValues(story, Slot.INJURED)));
        }

        private void names(Gold g, StoryReport story, String lower) {
            Map<String, String> predicted = new LinkedHashMap<>(); // name → fate
            for (Fact f : story.facts()) {
                if (f.subject().equals(Claim.INCIDENT) && f.slot() == Slot.VICTIM) {
                    for (FactValue v : f.values()) predicted.putIfAbsent(v.value(), null);
                }
            }
            for (Fact f : story.facts()) {
                if (predicted.containsKey(f.subject()) && f.slot() == Slot.FATE) {
                    predicted.put(f.subject(), f.leading().map(FactValue::value).orElse(null));
                }
            }
            List<Participant> victims = g.participants().stream().filter(p -> p.victim() && p.name() != null).toList();
            NameTally t = NameTally.of(victims.stream().map(Participant::name).toList(), predicted.keySet(), lower);
            for (int i = 0; i < victims.size(); i++) {
                Participant p = victims.get(i);
                String hit = t.matches().get(i);
                if (hit == null) continue;
                String fate = predicted.get(hit);
                add("status", fate != null && p.status().contains(fate), fate != null || Coverage.word(lower, lastName(p.name())));
                if (p.age() != null) {
                    Integer age = count(story, hit, Slot.AGE);
                    add("age", age != null && age.equals(p.age()), lower.contains(Integer.toString(p.age())));
                }
            }
            tp += t.hits();
            fp += t.wrong();
            fn += t.misses();
            namesInTexts += t.inTexts();
            if (t.covered()) {
                coveredTp += t.hits();
                coveredFp += t.wrong();
                coveredFn += t.missesInTexts();
            }
        }

        private void add(String field, boolean correct, boolean covered) {
            int[] c = counts.computeIfAbsent(field, k -> new int[4]);
            c[1]++;
            if (correct) c[0]++;
            if (covered) {
                c[3]++;
                if (correct) c[2]++;
            }
        }

        Result result(int articles, long millis, long hits) {
            List<FieldScore> fields = new ArrayList<>();
            for (var e : counts.entrySet()) {
                if (e.getKey().equals("status") || e.getKey().equals("age")) continue;
                fields.add(score(e.getKey()));
            }
            PrfScores names = PrfScores.counts(tp, fp, fn);
            PrfScores covered = PrfScores.counts(coveredTp, coveredFp, coveredFn);
            double coverage = tp + fn == 0 ? 0 : (double) namesInTexts / (tp + fn);
            return new Result(articles, incidents, fields, names, covered, new NameCounts(coveredTp, coveredFp, coveredFn), coverage, score("status"), score("age"), millis, hits, errors);
        }

        private FieldScore score(String field) {
            int[] c = counts.getOrDefault(field, new int[4]);
            return new FieldScore(field, c[0], c[1], c[2], c[3]);
        }
    }

    /**
     * One incident's victim names: the record's names matched one to one with the predicted ones.
     * The incident is <em>covered</em> when the texts give the last name of a victim the record names:
     * a record that names nobody cannot confirm a predicted name, and a name the texts never give
     * cannot be found.
     *
     * @param matches       per record name, the predicted name matched with it, or null
     * @param wrong         predicted names matched with no record name
     * @param misses        record names no predicted name matched
     * @param missesInTexts of those, names the texts give
     * @param inTexts       record names the texts give
     */
    record NameTally(List<String> matches, int wrong, int misses, int missesInTexts, int inTexts) {
        static NameTally of(List<String> record, java.util.Collection<String> predicted, String lower) {
            List<String> matches = new ArrayList<>();
            Set<String> used = new HashSet<>();
            int misses = 0, missesInTexts = 0, inTexts = 0;
            for (String name : record) {
                Optional<String> hit = predicted.stream().filter(n -> !used.contains(n) && sameName(n, name)).findFirst();
                boolean given = Coverage.word(lower, lastName(name));
                if (given) inTexts++;
                hit.ifPresent(used::add);
                matches.add(hit.orElse(null));
                if (hit.isEmpty()) {
                    misses++;
                    if (given) missesInTexts++;
                }
            }
            return new NameTally(java.util.Collections.unmodifiableList(matches), predicted.size() - used.size(), misses,
                    missesInTexts, inTexts);
        }

        int hits() { return matches.size() - misses; }

        boolean covered() { return inTexts > 0; }
    }

    /** When the texts contain a gold value at all. */
    static final class Coverage {
        private Coverage() {}

        private static final String[] WORDS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
                "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
                "nineteen", "twenty"};

        /** 0 and 1 are usually said without a number ("a man was killed"); larger counts must appear as digits or words. */
        static boolean count(String lower, int n) {
            if (n <= 1) return true;
            if (lower.matches("(?s).*\\b" + n + "\\b.*")) return true;
            return n < WORDS.length && lower.matches("(?s).*\\b" + WORDS[n] + "\\b.*");
        }

        /** The day is named ("March 4", "4 March", "3/4") or a text was published within a week after it (weekdays, "yesterday"). */
        static boolean date(String lower, LocalDate day, LocalDate earliestPublished) {
            if (day == null) return false;
            if (earliestPublished != null && !earliestPublished.isBefore(day) && earliestPublished.isBefore(day.plusDays(8))) return true;
            String month = day.getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            String abbr = month.substring(0, 3);
            int d = day.getDayOfMonth();
            return lower.matches("(?s).*\\b(" + month + "|" + abbr + "\\.?)\\s+" + d + "\\b.*")
                    || lower.matches("(?s).*\\b" + d + "\\s+(" + month + "|" + abbr + ")\\b.*")
                    || lower.contains(day.getMonthValue() + "/" + d + "/");
        }

        /** The city's name, or one of its alternatives ("Orlando (Pine Hills)"), as the texts write it ("St. Louis" for "Saint Louis"). */
        static boolean place(String text, String gold) {
            if (gold == null) return false;
            String normalized = " " + placeName(text) + " ";
            for (String alt : alternatives(gold)) {
                String name = placeName(alt);
                if (!name.isEmpty() && normalized.contains(" " + name + " ")) return true;
            }
            return false;
        }

        /** The word appears as a whole word ("Lee" not inside "Fleet"). */
        static boolean word(String lower, String word) {
            return word != null && !word.isBlank()
                    && java.util.regex.Pattern.compile("(?<![\\p{L}\\p{N}])" + java.util.regex.Pattern.quote(word.toLowerCase(Locale.ROOT))
                            + "(?![\\p{L}\\p{N}])").matcher(lower).find();
        }

        /** The state's name, AP abbreviation or postal code (after a comma) appears. */
        static boolean state(String text, String state) {
            Optional<Gazetteer.Place> p = Gazetteer.usState(state);
            if (p.isEmpty()) return false;
            for (String n : p.get().names()) {
                if (n.length() == 2 ? text.contains(", " + n) : text.contains(n)) return true;
            }
            return false;
        }
    }

    private static Integer count(StoryReport story, Slot slot) {
        return count(story, Claim.INCIDENT, slot);
    }

    private static Integer count(StoryReport story, String subject, Slot slot) {
        return leading(story, subject, slot).map(v -> {
            try {
                return (int) Double.parseDouble(v);
            } catch (NumberFormatException e) {
                return null;
            }
        }).orElse(null);
    }

    /** Every value the story's articles gave for an incident slot, with its number of reports: "Chicago (2); Englewood (1)". */
    private static String allValues(StoryReport story, Slot slot) {
        return story.facts().stream().filter(f -> f.subject().equals(Claim.INCIDENT) && f.slot() == slot)
                .flatMap(f -> f.values().stream()).map(v -> v.value() + " (" + v.sources().size() + ")")
                .collect(java.util.stream.Collectors.joining("; "));
    }

    private static Optional<String> leading(StoryReport story, String subject, Slot slot) {
        return story.facts().stream().filter(f -> f.subject().equals(subject) && f.slot() == slot).findFirst()
                .flatMap(Fact::leading).map(FactValue::value);
    }

    /**
     * "Chicago" = "chicago"; "Cook (county)" = "Cook County"; "St. Louis" = "Saint Louis"; "Mt. Juliet" = "Mount Juliet";
     * "LaSalle" = "La Salle"; "Washington, D.C." = "Washington"; "Homestead (Florida City)" is either.
     */
    static boolean samePlace(String predicted, String gold) {
        if (gold == null) return false;
        for (String alt : alternatives(gold)) {
            if (placeName(predicted).replace(" ", "").equals(placeName(alt).replace(" ", ""))) return true;
        }
        return false;
    }

    /** "Homestead (Florida City)" → both names; "Cook (county)" stays one. */
    static List<String> alternatives(String gold) {
        java.util.regex.Matcher alt = java.util.regex.Pattern.compile("^(.*?)\\s*\\(([^)]+)\\)$").matcher(gold.trim());
        if (alt.matches() && !alt.group(2).equalsIgnoreCase("county")) return List.of(alt.group(1), alt.group(2));
        return List.of(gold);
    }

    static String placeName(String s) {
        if (s == null) return "";
        return s.toLowerCase(Locale.ROOT).replaceAll("\\bst\\.? ", "saint ").replaceAll("\\bft\\.? ", "fort ")
                .replaceAll("\\bmt\\.? ", "mount ")
                .replaceAll("\\(county\\)|\\bcounty\\b|\\bcity of\\b|\\btownship\\b|\\btwp\\b\\.?|\\bcity\\b", "")
                .replaceAll("[^\\p{L}\\p{N} ]", " ").replaceAll("\\s+", " ").trim()
                .replaceFirst("^washington d c$", "washington"); // the record names the District's town "Washington"
    }

    /**
     * Same last name, and the same first name or initial when both have one; a first name that is the
     * other's middle name is the same person too ("Cade Booher" for "William Cade Booher").
     */
    static boolean sameName(String a, String b) {
        String[] x = tokens(a), y = tokens(b);
        if (x.length == 0 || y.length == 0 || !x[x.length - 1].equals(y[y.length - 1])) return false;
        if (x.length == 1 || y.length == 1) return true;
        return x[0].charAt(0) == y[0].charAt(0) || middleName(x[0], y) || middleName(y[0], x);
    }

    private static boolean middleName(String first, String[] other) {
        if (first.length() < 2) return false;
        for (int i = 1; i < other.length - 1; i++) {
            if (other[i].equals(first)) return true;
        }
        return false;
    }

    private static String lastName(String name) {
        String[] t = tokens(name);
        return t.length == 0 ? "" : t[t.length - 1];
    }

    private static String[] tokens(String name) {
        // a record may give a rank with the name ("Officer Garrett Swasey"): it is no first name
        // several words of rank or service ("Marine Staff Sgt David A. Wyatt", "Court Officer Ronald Kienzle") likewise
        return name.toLowerCase(Locale.ROOT).replaceAll("\\b(jr|sr|ii|iii|iv)\\b\\.?", "")
                .replaceFirst("^\\s*((officer|ofc|deputy|sheriff|sgt|sergeant|sargeant|trooper|detective|det|lt|lieutenant|cpl|corporal|capt|captain|pfc|spc|"
                        + "chief|agent|dr|mr|mrs|ms|marine|navy|army|petty|staff|gunnery|lance|senior|retired|court|security|supervisor|tsa|k9|"
                        + "2nd|class|first|master|specialist|private|airman|seaman|firefighter)\\b\\.?\\s+)+(?=\\p{L})", "")
                .replaceAll("[^\\p{L} ]", " ").trim().split("\\s+");
    }

    static Map<String, Gold> readIncidents(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        DateTimeFormatter f = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
        Map<String, Gold> out = new HashMap<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(Files.newInputStream(file)),
                StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                LocalDate date;
                try {
                    date = LocalDate.parse(n.path("date").asText(), f);
                } catch (java.time.format.DateTimeParseException e) {
                    date = null;
                }
                List<Participant> ps = new ArrayList<>();
                for (JsonNode p : n.path("participants")) {
                    Set<String> status = new HashSet<>();
                    for (String s : p.path("Status").asText("").split(",")) {
                        if (!s.isBlank()) status.add(s.trim().toLowerCase(Locale.ROOT));
                    }
                    Integer age = p.path("Age").asText("").matches("\\d+") ? Integer.valueOf(p.path("Age").asText()) : null;
                    ps.add(new Participant(p.hasNonNull("Name") ? p.get("Name").asText() : null,
                            p.path("Type").asText("").equals("Victim"), status, age));
                }
                String id = n.path("incident_uri").asText();
                out.put(id, new Gold(id, date, n.path("state").asText(null), n.path("city_or_county").asText(null),
                        n.path("num_killed").asInt(), n.path("num_injured").asInt(), ps));
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return out;
    }
}
