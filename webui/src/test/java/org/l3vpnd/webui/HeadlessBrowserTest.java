package org.l3vpnd.webui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The UI in a real browser, when one is installed: the page renders with its stylesheet under
 * the Content-Security-Policy, and a VRF named {@code <script>} stays text in the DOM. Without a
 * Chromium on the PATH the tests are skipped (an assumption, so the report says why).
 */
class HeadlessBrowserTest {

    private static final List<String> BROWSERS =
            List.of("chromium", "chromium-browser", "google-chrome", "google-chrome-stable", "headless_shell");
    private static final long BROWSER_TIMEOUT_SECONDS = 60;
    /** The header's background (#18212f): only there when /style.css was loaded and applied. */
    private static final int HEADER_RGB = 0x18212f;

    private static TestRouter router;
    private static WebUi ui;

    @TempDir
    Path temp;

    @BeforeAll
    static void start() throws Exception {
        router = new TestRouter();
        ui = new WebUi(new InetSocketAddress("127.0.0.1", 0), router.config, router.view, "test");
        ui.start();
    }

    @AfterAll
    static void stop() {
        ui.close();
    }

    @Test
    void vrfListRendersStyledAndScreenshotIsNotBlank() throws Exception {
        Path browser = browserOrSkip();
        Path png = temp.resolve("vrfs.png");
        run(browser, "--screenshot=" + png, "--window-size=1280,900", url("/vrfs"));
        BufferedImage image = ImageIO.read(png.toFile());
        assertNotNull(image, "screenshot is a PNG");
        assertEquals(HEADER_RGB, image.getRGB(4, 4) & 0xffffff, "header colour: the stylesheet was applied");
        assertTrue(distinctColours(image) > 20, "the page has content, not a blank screen");
    }

    @Test
    void hostileVrfNameStaysTextInTheDom() throws Exception {
        Path browser = browserOrSkip();
        String dom = run(browser, "--dump-dom", url(UiPaths.vrf(TestRouter.SCRIPT_VRF)));
        assertTrue(dom.contains("VRF &lt;script&gt;alert(1)&lt;/script&gt;"), dom);
        assertFalse(dom.toLowerCase(Locale.ROOT).contains("<script"), "no script element in the DOM");
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + ui.port() + path;
    }

    /** Runs the browser headless on a throw-away profile and returns what it printed on stdout. */
    private String run(Path browser, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + temp.resolve("profile")));
        command.addAll(List.of(args));
        File out = temp.resolve("browser.out").toFile();
        File err = temp.resolve("browser.err").toFile();
        Process p = new ProcessBuilder(command).redirectOutput(out).redirectError(err).start();
        if (!p.waitFor(BROWSER_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("browser did not finish within " + BROWSER_TIMEOUT_SECONDS + " s");
        }
        assertEquals(0, p.exitValue(), () -> "browser failed: " + read(err));
        return read(out);
    }

    private static Path browserOrSkip() {
        Optional<Path> browser = findOnPath();
        assumeTrue(browser.isPresent(), "no Chromium on the PATH (looked for " + BROWSERS + ")");
        return browser.get();
    }

    private static Optional<Path> findOnPath() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : BROWSERS) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    private static int distinctColours(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 3) {
            for (int x = 0; x < image.getWidth(); x += 3) {
                colours.add(image.getRGB(x, y));
            }
        }
        return colours.size();
    }

    private static String read(File f) {
        try {
            return Files.readString(f.toPath(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }
}
