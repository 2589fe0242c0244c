package dev.triangulate.server;

import static dev.triangulate.server.TestSupport.TOKEN;
import static dev.triangulate.server.TestSupport.auth;
import static dev.triangulate.server.TestSupport.post;
import static org.assertj.core.api.Assertions.assertThat;

import dev.triangulate.pipeline.Triangulate;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web app in a real browser: Debian's Chromium driven by Selenium through chromedriver
 * loads the story list, searches, opens the ferry story and checks the rendered fact sheet,
 * matrix, timeline, quotes and source groups, then follows an evidence link to the article
 * page. Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest {
    static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static Triangulate nlp;
    static TriangulateServer server;
    static ChromeDriver driver;
    static String base;
    @TempDir static Path tmp;

    @BeforeAll
    static void start() throws Exception {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && System.getenv("CI") != null) {
            throw new AssertionError("chromium and chromium-driver are not installed (.ci/run installs them)");
        }
        Assumptions.assumeTrue(present, "chromium/chromedriver not installed: apt-get install -y chromium chromium-driver");
        nlp = Triangulate.create(2);
        server = TriangulateServer.start(ServerOptions.defaults(tmp.resolve("data"), TOKEN).withPort(0).withThreads(2), Engine.steps(nlp));
        var r = post(server.port(), "/api/articles", TestSupport.records(TestSupport.corpusArticles()).toString(), auth());
        assertThat(r.status()).isEqualTo(202);
        assertThat(server.engine().awaitIdle(300_000)).isTrue();
        base = "http://127.0.0.1:" + server.port();

        ChromeOptions o = new ChromeOptions();
        o.setBinary(CHROMIUM.toFile());
        o.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-dev-shm-usage",
                "--user-data-dir=" + Files.createDirectories(tmp.resolve("chrome-profile")), "--window-size=1366,768");
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, o);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    }

    @AfterAll
    static void stop() throws Exception {
        if (driver != null) driver.quit();
        if (server != null) server.close();
        if (nlp != null) nlp.close();
    }

    private static void screenshot(String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        File f = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(f.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    /** A screenshot of the whole page (the window is stretched to the page's height for it). */
    private static void fullScreenshot(String name) throws Exception {
        var size = driver.manage().window().getSize();
        Number h = (Number) ((JavascriptExecutor) driver).executeScript("return document.documentElement.scrollHeight;");
        driver.manage().window().setSize(new org.openqa.selenium.Dimension(size.getWidth(), Math.min(8000, h.intValue() + 200)));
        screenshot(name);
        driver.manage().window().setSize(size);
    }

    private static WebElement factRow(String subject, String slot) {
        return driver.findElement(By.cssSelector("#facts tr.fact[data-subject='" + subject + "'][data-slot='" + slot + "']"));
    }

    private static void assertNoHorizontalScroll() {
        Object fits = ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        assertThat(fits).as("page fits a laptop screen without horizontal scrolling").isEqualTo(true);
    }

    @Test
    void storyPageRendersTheFactSheetWithStatusesAndEvidence() throws Exception {
        driver.get(base + "/");
        List<WebElement> rows = driver.findElements(By.cssSelector("#stories tbody tr"));
        assertThat(rows).hasSize(3);
        assertNoHorizontalScroll();
        screenshot("story-list");

        WebElement box = driver.findElement(By.name("q"));
        box.sendKeys("ferry gunman", Keys.ENTER);
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.titleContains("Search"));
        List<WebElement> hits = driver.findElements(By.cssSelector("#stories tbody tr td.h a"));
        assertThat(hits).hasSize(1);
        hits.get(0).click();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("facts")));

        assertThat(driver.findElement(By.id("headline")).getText()).containsIgnoringCase("ferry terminal");
        WebElement killed = factRow("incident", "killed");
        assertThat(killed.findElement(By.cssSelector(".badge")).getText()).isEqualTo("developing");
        assertThat(killed.findElements(By.cssSelector(".value"))).extracting(WebElement::getText)
                .anySatisfy(t -> assertThat(t).startsWith("2 "))
                .anySatisfy(t -> assertThat(t).startsWith("4 "));
        assertThat(factRow("incident", "injured").findElement(By.cssSelector(".badge")).getText()).isEqualTo("corroborated");
        assertThat(factRow("incident", "weapon").findElement(By.cssSelector(".badge")).getText()).isEqualTo("single-source");
        assertThat(factRow("perpetrator", "age").findElement(By.cssSelector(".badge")).getText()).isEqualTo("disputed");

        // per-fact sources: open the evidence of the first value of "weapon"
        WebElement weapon = factRow("incident", "weapon");
        weapon.findElement(By.cssSelector("details summary")).click();
        WebElement ref = weapon.findElement(By.cssSelector("details ul.refs li"));
        assertThat(ref.isDisplayed()).isTrue();
        assertThat(ref.findElement(By.cssSelector("strong.span")).getText()).containsIgnoringCase("shotgun");
        assertThat(ref.findElement(By.cssSelector(".src a")).getText()).isEqualTo("Meridian Press");

        // who reports what: three independent sources as columns
        assertThat(driver.findElements(By.cssSelector("#matrix th.src"))).hasSize(3);
        assertThat(driver.findElements(By.cssSelector("#matrix td.v1"))).as("the conflicting age is marked").isNotEmpty();
        // timeline, quotes by speaker, independent sources
        assertThat(driver.findElement(By.id("timeline")).getText()).contains("first reported").contains("changed to");
        assertThat(driver.findElements(By.cssSelector("#quotes .speaker"))).extracting(WebElement::getText).contains("Anna Vell", "Tomas Ree");
        assertThat(driver.findElements(By.cssSelector("#sources tbody tr"))).hasSize(3);
        assertNoHorizontalScroll();
        screenshot("story");
        fullScreenshot("story-full");

        // follow the evidence to the article: the stating sentence is highlighted and targeted
        String href = ref.findElement(By.cssSelector(".src a")).getAttribute("href");
        String anchor = href.substring(href.indexOf('#') + 1);
        driver.get(href);
        WebElement mark = driver.findElement(By.id(anchor));
        assertThat(mark.getTagName()).isEqualTo("mark");
        assertThat(mark.getText()).containsIgnoringCase("shotgun");
        assertThat(mark.findElements(By.tagName("strong"))).isNotEmpty();
        assertThat(driver.findElements(By.cssSelector("#text mark.ev")).size()).isGreaterThan(3);
        assertThat(driver.findElements(By.cssSelector("#claims tbody tr"))).isNotEmpty();
        assertNoHorizontalScroll();
        fullScreenshot("article");
    }

    @Test
    void theAddPageTakesAnUploadWithTheToken() throws Exception {
        Path file = tmp.resolve("breaking.txt");
        Files.writeString(file, """
                outlet: Harbour Wire
                date: 2031-05-15T06:00:00Z
                ---
                Ferry services resume at North Quay

                Ferry services resumed at the North Quay terminal in Port Alder on Thursday, two days after the shooting.
                """);
        driver.get(base + "/add");
        driver.findElement(By.id("files")).sendKeys(file.toString());
        driver.findElement(By.id("token")).sendKeys("wrong-token-value");
        driver.findElement(By.cssSelector("form.add button")).click();
        // the answer page arrives after the upload: wait for it rather than race it
        var wait = new WebDriverWait(driver, Duration.ofSeconds(10));
        assertThat(wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".notice.err"))).getText()).contains("wrong token");

        driver.findElement(By.id("files")).sendKeys(file.toString());
        driver.findElement(By.id("token")).sendKeys(TOKEN);
        driver.findElement(By.cssSelector("form.add button")).click();
        assertThat(wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".notice"), "1 article(s) added"))).isTrue();
        assertThat(driver.findElement(By.cssSelector(".notice")).getText()).contains("breaking: stored");
        assertThat(server.engine().store().article("breaking")).isNotNull();
    }
}
