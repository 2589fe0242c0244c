package dev.triangulate.analyze.internal;

import dev.triangulate.analyze.Analyzer;
import dev.triangulate.model.AnnotatedArticle;
import dev.triangulate.model.Article;
import dev.triangulate.model.EntityMention;
import dev.triangulate.model.EntityType;
import dev.triangulate.model.Sentence;
import dev.triangulate.model.TimeMention;
import dev.triangulate.model.Token;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * Stanford CoreNLP behind {@link Analyzer}: the only class that sees CoreNLP types.
 *
 * <p>Fast configuration: tokenize, ssplit, pos, lemma, ner with the 4-class CoNLL model only;
 * fine-grained NER, SUTime and the numeric classifiers off. Time expressions and numbers are
 * found by {@link TimeExpressions} and {@link NumberFinder} on the tokens instead: SUTime alone
 * cost as much as the rest of the analysis together, and the news needs only the common
 * expressions (see {@code TimeExpressionsSutimeAgreementTest} for the comparison with SUTime).
 */
public final class CoreNlpAnalyzer implements Analyzer {

    private final StanfordCoreNLP pipeline;

    public CoreNlpAnalyzer() {
        // CoreNLP's own progress chatter would drown the tool's output; errors still surface as exceptions.
        edu.stanford.nlp.util.logging.RedwoodConfiguration.current().clear().apply();
        this.pipeline = new StanfordCoreNLP(properties());
    }

    static Properties properties() {
        Properties p = new Properties();
        p.setProperty("annotators", "tokenize,ssplit,pos,lemma,ner");
        p.setProperty("tokenize.language", "en");
        // A blank line ends a sentence: captions and headlines often lack a full stop.
        p.setProperty("ssplit.newlineIsSentenceBreak", "two");
        p.setProperty("ner.model", "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz");
        p.setProperty("ner.applyFineGrained", "false");
        p.setProperty("ner.buildEntityMentions", "true");
        p.setProperty("ner.useSUTime", "false");
        p.setProperty("ner.applyNumericClassifiers", "false");
        p.setProperty("ner.combinationMode", "NORMAL");
        return p;
    }

    @Override
    public AnnotatedArticle analyze(Article article) {
        String text = article.text();
        Annotation doc = new Annotation(text);
        pipeline.annotate(doc);
        LocalDate published = article.published() == null ? null : article.published().atOffset(ZoneOffset.UTC).toLocalDate();

        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        List<CoreMap> sents = doc.get(CoreAnnotations.SentencesAnnotation.class);
        int[] sentenceTokenStart = new int[sents.size()];
        for (int s = 0; s < sents.size(); s++) {
            CoreMap sent = sents.get(s);
            int b = sent.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
            int e = sent.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
            sentences.add(new Sentence(s, b, e, text.substring(b, e)));
            sentenceTokenStart[s] = tokens.size();
            for (CoreLabel t : sent.get(CoreAnnotations.TokensAnnotation.class)) {
                tokens.add(new Token(tokens.size(), s, t.word(), t.lemma(), t.tag(),
                        t.ner() == null ? "O" : t.ner(), null,
                        t.beginPosition(), t.endPosition()));
            }
        }

        List<EntityMention> entities = new ArrayList<>();
        List<CoreMap> mentions = doc.get(CoreAnnotations.MentionsAnnotation.class);
        if (mentions != null) {
            for (CoreMap m : mentions) {
                String type = m.get(CoreAnnotations.NamedEntityTagAnnotation.class);
                List<CoreLabel> mt = m.get(CoreAnnotations.TokensAnnotation.class);
                if (type == null || mt == null || mt.isEmpty()) continue;
                if (!type.equals("PERSON") && !type.equals("LOCATION") && !type.equals("ORGANIZATION") && !type.equals("MISC")) continue;
                // CoreNLP also reports pronouns ("he") as PERSON mentions; those are not names
                if (mt.stream().allMatch(t -> t.tag() != null && t.tag().startsWith("PRP"))) continue;
                int s = m.get(CoreAnnotations.SentenceIndexAnnotation.class);
                int first = sentenceTokenStart[s] + mt.get(0).index() - 1;
                int last = sentenceTokenStart[s] + mt.get(mt.size() - 1).index() - 1;
                int b = m.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
                int e = m.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
                entities.add(new EntityMention(text.substring(b, e), EntityType.valueOf(type), s, first, last, b, e));
            }
        }
        // entity mentions never hold a quote mark, so their sentence indexes stay valid
        OpeningQuoteMarks.Result fixed = OpeningQuoteMarks.apply(text, sentences, tokens);
        sentences = fixed.sentences();
        tokens = fixed.tokens();
        List<TimeMention> times = TimeExpressions.find(tokens, published);
        tokens = TokenTags.withTimesAndNumbers(tokens, times);
        return new AnnotatedArticle(article, sentences, tokens, entities, times,
                NumberFinder.find(tokens), QuoteFinder.find(text, sentences));
    }
}
