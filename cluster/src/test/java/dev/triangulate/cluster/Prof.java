package dev.triangulate.cluster;
import dev.triangulate.model.Article;
import java.util.*;
public class Prof {
  public static void main(String[] a) throws Exception {
    List<Article> arts = DevSet.read(java.nio.file.Path.of(a[0]), a[1]).articles();
    for (int rep=0; rep<2; rep++) {
    long t=System.nanoTime();
    for (Article x: arts) TextFeatures.contentTerms(x.text()); System.out.println("terms "+(System.nanoTime()-t)/1e6); t=System.nanoTime();
    for (Article x: arts) TextFeatures.names(x.title(), x.body()); System.out.println("names "+(System.nanoTime()-t)/1e6); t=System.nanoTime();
    for (Article x: arts) TextFeatures.places(x.text()); System.out.println("places "+(System.nanoTime()-t)/1e6); t=System.nanoTime();
    for (Article x: arts) TextFeatures.dates(x.text(), 16000); System.out.println("dates "+(System.nanoTime()-t)/1e6); t=System.nanoTime();
    for (Article x: arts) TextFeatures.ages(x.text()); System.out.println("ages "+(System.nanoTime()-t)/1e6); t=System.nanoTime();
    }
  }
}
