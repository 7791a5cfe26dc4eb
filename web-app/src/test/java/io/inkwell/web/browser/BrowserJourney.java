package io.inkwell.web.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.inkwell.web.support.WebTest;
import java.io.File;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base of the browser tests: the whole site on a random port, driven by headless Chromium. One
 * ChromeDriver serves every browser test class of the JVM (a driver start costs 4 to 10 seconds): it is
 * created on first use and quit when the JVM exits. Before each test the browser forgets its cookies;
 * after each the database is emptied. Without both /usr/bin/chromium and /usr/bin/chromedriver the tests are
 * skipped; with only one of them Selenium Manager looks for the other (and stays offline with SE_OFFLINE=true).
 *
 * <p>Name subclasses after the journey they walk, e.g. {@code WriteAndPublishAPostJourneyTest}, and keep
 * the annotations here the only ones, so all share one Spring context with {@code SiteShellTest}.
 */
@WebTest(webEnvironment = WebEnvironment.RANDOM_PORT)
public abstract class BrowserJourney {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(10);
    private static ChromeDriver driver;

    @LocalServerPort
    protected int port;

    @BeforeAll
    static void needsABrowser() {
        assumeTrue(CHROMIUM.exists() || CHROMEDRIVER.exists(),
                "Browser tests skipped: neither /usr/bin/chromium nor /usr/bin/chromedriver exists "
                        + "(apt-get install chromium chromium-driver)");
    }

    @BeforeEach
    void freshBrowser() {
        driver().executeCdpCommand("Network.clearBrowserCookies", Map.of());
    }

    /** The shared browser, started on first use. */
    protected static synchronized ChromeDriver driver() {
        if (driver == null) {
            ChromeOptions options = new ChromeOptions();
            options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1280,900", "--disable-background-networking", "--disable-component-update",
                    "--no-first-run", "--disable-sync");
            if (CHROMIUM.exists()) {
                options.setBinary(CHROMIUM);
            }
            // Pointing at the installed driver keeps Selenium Manager (and its network calls) out of the way.
            driver = CHROMEDRIVER.exists()
                    ? new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build(), options)
                    : new ChromeDriver(options);
            ChromeDriver started = driver;
            Runtime.getRuntime().addShutdownHook(new Thread(started::quit, "quit-chromedriver"));
        }
        return driver;
    }

    protected String url(String path) {
        return "http://localhost:" + port + path;
    }

    protected void open(String path) {
        driver().get(url(path));
    }

    /** The path of the page the browser shows, with its query string. */
    protected String currentPath() {
        String current = driver().getCurrentUrl();
        return current == null ? "" : current.substring(url("").length());
    }

    protected WebElement find(By by) {
        return new WebDriverWait(driver(), WAIT).until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    protected List<WebElement> findAll(By by) {
        return driver().findElements(by);
    }

    /** Fills an input found by its label's target id. */
    protected void type(String id, String text) {
        WebElement input = find(By.id(id));
        input.clear();
        input.sendKeys(text);
    }

    /** Clicks the (first) button with exactly this text and waits for the next page. */
    protected void press(String buttonText) {
        By button = By.xpath("//button[normalize-space()='" + buttonText + "']");
        for (int attempt = 1; ; attempt++) {
            WebElement found = find(button);
            try {
                found.click();
            } catch (org.openqa.selenium.WebDriverException e) {
                // Found on a page that was still being replaced, so the click never happened: find it again.
                if (!isStale(e) || attempt == 3) {
                    throw e;
                }
                continue;
            }
            awaitNextPage(found);
            return;
        }
    }

    private static boolean isStale(org.openqa.selenium.WebDriverException e) {
        return e instanceof org.openqa.selenium.StaleElementReferenceException
                || String.valueOf(e.getMessage()).contains("does not belong to the document");
    }

    protected void press(WebElement container, String buttonText) {
        click(container.findElement(By.xpath(".//button[normalize-space()='" + buttonText + "']")));
    }

    private void click(WebElement button) {
        button.click();
        awaitNextPage(button);
    }

    private void awaitNextPage(WebElement pressed) {
        // ExpectedConditions.stalenessOf expects a StaleElementReferenceException, but Chrome sometimes
        // reports a replaced page's node with a generic "does not belong to the document" error instead.
        new WebDriverWait(driver(), WAIT).until(page -> {
            try {
                pressed.isEnabled();
                return false;
            } catch (org.openqa.selenium.WebDriverException e) {
                if (isStale(e)) {
                    return true;
                }
                throw e;
            }
        });
        new WebDriverWait(driver(), WAIT).ignoring(org.openqa.selenium.WebDriverException.class)
                .until(loaded -> "complete".equals(
                        ((org.openqa.selenium.JavascriptExecutor) loaded).executeScript("return document.readyState")));
    }

    protected String pageText() {
        return find(By.tagName("body")).getText();
    }

    /** The name the navigation shows for the signed-in person, or empty when nobody is signed in. */
    protected String signedInName() {
        List<WebElement> account = driver().findElements(By.cssSelector(".site-nav a.nav-account"));
        return account.isEmpty() ? "" : account.get(0).getText();
    }

    /**
     * Registers through the form, which answers "Check your email", and logs in: the new account is signed in
     * afterwards, its address not yet confirmed (it may comment, not publish).
     */
    protected void register(String name, String email, String password) {
        open("/register");
        type("name", name);
        type("email", email);
        type("password", password);
        press("Create account");
        if (!pageText().contains("Check your email")) {
            throw new AssertionError("Registration did not answer \"Check your email\": " + pageText());
        }
        logIn(email, password);
    }

    protected void logIn(String email, String password) {
        open("/login");
        type("email", email);
        type("password", password);
        press("Log in");
    }

    protected void logOut() {
        press("Log out");
    }
}
