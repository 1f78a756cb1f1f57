package org.hitpath.gates;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * One headless Debian Chromium, driven through Debian's ChromeDriver, both found by path so that
 * Selenium Manager never goes to the network for a driver or a browser. Start it once and reuse it for
 * every page: starting a browser costs about a second, loading a page from loopback a few milliseconds.
 *
 * <p>Paths: system properties chromium.binary and chromedriver.binary (the pom passes
 * /usr/bin/chromium and /usr/bin/chromedriver). A missing browser is a failure, never a skip.
 */
public final class Chromium implements AutoCloseable {

    public static final String INSTALL_HINT = "apt-get install -y chromium chromium-driver";

    /** Quiet and offline: no background downloads, no sync, no first-run pages. */
    private static final List<String> FLAGS = List.of(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-extensions",
            "--disable-default-apps",
            "--mute-audio",
            "--lang=en-US",
            "--force-color-profile=srgb",
            "--force-device-scale-factor=1",
            // Every host name fails to resolve: a page that asks for anything off-site gets nothing,
            // and the test run never sends traffic past the loopback server (which is a literal IP).
            "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");

    /**
     * Selenium warns when it has no DevTools bindings for the browser's version. The gates use only raw
     * DevTools commands (executeCdpCommand), which need none, so the warning is noise. Held here so the
     * logger, and its level, are not garbage collected.
     */
    private static final java.util.logging.Logger CDP_VERSION_FINDER =
            quiet("org.openqa.selenium.devtools.CdpVersionFinder");

    private final ChromeDriver driver;
    private final DevTools devTools;
    private final Set<String> everyDocument = new HashSet<>();

    private Chromium(ChromeDriver driver) {
        this.driver = driver;
        try {
            this.devTools = DevTools.open(debuggerAddress(driver));
        } catch (RuntimeException e) {
            driver.quit();
            throw e;
        }
    }

    /** Where ChromeDriver's browser listens for DevTools clients, as ChromeDriver reports it. */
    private static String debuggerAddress(ChromeDriver driver) {
        Object options = driver.getCapabilities().getCapability("goog:chromeOptions");
        Object address = options instanceof Map<?, ?> map ? map.get("debuggerAddress") : null;
        if (address == null) {
            throw new IllegalStateException("ChromeDriver did not report the browser's DevTools address");
        }
        return address.toString();
    }

    public static Chromium start() {
        Path browser = Path.of(System.getProperty("chromium.binary", "/usr/bin/chromium"));
        Path chromedriver = Path.of(System.getProperty("chromedriver.binary", "/usr/bin/chromedriver"));
        requireExecutable(browser, "Chromium", "chromium.binary");
        requireExecutable(chromedriver, "ChromeDriver", "chromedriver.binary");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(browser.toFile());
        options.addArguments(FLAGS);
        options.setPageLoadTimeout(Duration.ofSeconds(30));
        options.setScriptTimeout(Duration.ofSeconds(30));
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-US"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile())
                .usingAnyFreePort()
                .withSilent(true)
                .build();
        try {
            return new Chromium(new ChromeDriver(service, options));
        } catch (RuntimeException e) {
            throw new IllegalStateException(
                    "Chromium " + browser + " with ChromeDriver " + chromedriver
                            + " did not start (are their versions the same? " + INSTALL_HINT + "): " + e.getMessage(),
                    e);
        }
    }

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(Level.SEVERE);
        return logger;
    }

    private static void requireExecutable(Path path, String what, String property) {
        if (!Files.isExecutable(path)) {
            throw new IllegalStateException(what + " was not found at " + path + ". The browser gates need Debian's "
                    + "Chromium and ChromeDriver: " + INSTALL_HINT + " (or point -D" + property + "=... at them).");
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /**
     * Runs a script in the page, written as for WebDriver's executeScript (a function body that reads
     * arguments and returns), through the browser's own DevTools session: a fifth of the cost.
     */
    public Object script(String body, Object... arguments) {
        return devTools.script(body, arguments);
    }

    /** Runs a script that calls its last argument with the result, as for WebDriver's executeAsyncScript. */
    public Object asyncScript(String body, Object... arguments) {
        return devTools.asyncScript(body, arguments);
    }

    /** Sends a DevTools command on the session the checks use, and returns its result. */
    public Map<String, Object> devTools(String method, Map<String, Object> params) {
        return devTools.send(method, params);
    }

    /** Sets the viewport in CSS pixels; "mobile" makes the browser honour the page's viewport meta as a phone does. */
    public void viewport(int width, int height, boolean mobile) {
        devTools.send(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", mobile));
    }

    /** Emulates prefers-color-scheme (light or dark) for the pages loaded next. */
    public void colorScheme(String scheme) {
        devTools.send(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** The keys the keyboard checks press, as DevTools names them (key, code, key code, the text typed). */
    public enum Key {
        TAB("Tab", 9, ""),
        ENTER("Enter", 13, "\r");

        final String name;
        final int keyCode;
        final String text;

        Key(String name, int keyCode, String text) {
            this.name = name;
            this.keyCode = keyCode;
            this.text = text;
        }
    }

    /**
     * Presses a key TIMES times in the page, each a trusted key down and key up as a reader's keyboard
     * makes them: the browser moves focus on Tab and follows a link on Enter. All the events go out at
     * once on the checks' DevTools session and the browser handles them in order; waiting for each one's
     * reply costs a rendered frame per event (40 Tabs on the home page: 0.36-0.64 s one by one, 0.11-0.24 s
     * sent together), and WebDriver's actions, which ChromeDriver turns into these same events, cost more
     * still (the gate's keyboard part over the real site: 77 s with them, 29 s like this).
     */
    public void press(Key key, int times) {
        Map<String, Object> down = key.text.isEmpty()
                ? Map.of("type", "rawKeyDown", "key", key.name, "code", key.name, "windowsVirtualKeyCode", key.keyCode)
                : Map.of(
                        "type",
                        "keyDown",
                        "key",
                        key.name,
                        "code",
                        key.name,
                        "windowsVirtualKeyCode",
                        key.keyCode,
                        "text",
                        key.text);
        Map<String, Object> up =
                Map.of("type", "keyUp", "key", key.name, "code", key.name, "windowsVirtualKeyCode", key.keyCode);
        List<Map<String, Object>> events = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            events.add(down);
            events.add(up);
        }
        devTools.sendAll("Input.dispatchKeyEvent", events);
    }

    /** Runs the script in every document opened from now on, before the page's own; once per name. */
    public void addToEveryDocument(String name, String source) {
        if (everyDocument.add(name)) {
            devTools.send("Page.addScriptToEvaluateOnNewDocument", Map.of("source", source));
        }
    }

    @Override
    public void close() {
        devTools.close();
        driver.quit();
    }
}
