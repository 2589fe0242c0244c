package dev.triangulate.cli;

import dev.triangulate.analyze.Analyzer;
import dev.triangulate.extract.ClaimExtractor;
import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import dev.triangulate.model.Claim;
import dev.triangulate.model.Quote;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.Token;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code triangulate explain}: shows what the engine read in each article, sentence by sentence. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Show each sentence of the articles with the claims and quotes extracted from it (and, with --tokens, the annotation).")
final class ExplainCommand implements Callable<Integer> {
    @Mixin Inputs inputs;

    @Option(names = "--tokens", description = "Also print tokens with part of speech and entity tags.")
    boolean tokens;

    @Override
    public Integer call() throws Exception {
        var in = inputs.ingestor(false).read(inputs.paths, inputs.inputFormat());
        try (Analyzer analyzer = Analyzer.standard()) {
            ClaimExtractor extractor = new ClaimExtractor();
            for (Article a : in.articles()) {
                AnnotatedArticle an = analyzer.analyze(a);
                var ex = extractor.extract(an);
                System.out.println("### " + a.id() + " (" + a.outletOrUnknown() + ", " + a.published() + ")");
                for (Sentence s : an.sentences()) {
                    System.out.println("[" + s.index() + "] " + s.text().replace('\n', ' '));
                    if (tokens) {
                        System.out.println("     " + an.tokensOf(s.index()).stream().map(ExplainCommand::tok).collect(Collectors.joining(" ")));
                    }
                    for (Claim c : ex.claims()) {
                        if (c.evidence().sentenceIndex() != s.index()) continue;
                        System.out.printf("     -> %s.%s = %s%s%s  «%s»%n", c.subject(), c.slot().key(), c.displayValue(),
                                c.hedge() == null ? "" : " [hedge: " + c.hedge() + "]",
                                c.attribution() == null ? "" : " [per: " + c.attribution() + "]", c.evidence().span());
                    }
                    for (Quote q : ex.quotes()) {
                        if (q.evidence().sentenceIndex() == s.index()) System.out.println("     -> quote by " + q.speaker() + ": " + q.text());
                    }
                }
                an.times().forEach(t -> { if (tokens) System.out.println("     time: " + t.text() + " = " + t.value()); });
            }
        }
        return 0;
    }

    private static String tok(Token t) {
        return t.text() + "/" + t.pos() + (t.ner().equals("O") ? "" : "/" + t.ner());
    }
}
