package org.edu4all.studio.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.edu4all.studio.support.Accessibility;
import org.edu4all.studio.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The whole journey in a real browser, signing in through the real OIDC code flow (the OIDC Dev Service's login
 * page): the teacher creates a class and an assignment, the student joins with the code, writes a prompt, waits for
 * the offline images and hands one in, and the teacher finds it in the class gallery.
 *
 * <p>Uses Debian's Chromium and ChromeDriver at fixed paths; nothing is downloaded. Skipped, saying so, where they
 * are not installed ({@code .ci/run} installs them).
 */
@QuarkusTest
class StudentJourneyBrowserTest {

    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @TestHTTPResource("/")
    URL base;

    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, PATIENCE);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void studentJourneyFromPromptToHandIn() throws IOException {
        try {
            journey();
        } catch (RuntimeException | AssertionError e) {
            // Leave evidence for whoever reads the CI log: where the browser was and what it saw.
            screenshot("failure.png");
            Files.writeString(Path.of("target", "screenshots", "failure.html"), browser.getPageSource());
            System.err.println("Browser test failed at " + browser.getCurrentUrl());
            throw e;
        }
    }

    private void journey() throws IOException {
        // The teacher sets up a class and an assignment.
        signInAs("teo");
        type(By.id("class-name"), "3º A Monumentos");
        submit(By.cssSelector("form[action='/classes'] button"));
        String joinCode = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".join-code")))
                .getText();
        assertThat(joinCode).matches("[A-Z0-9]{4}-[A-Z0-9]{4}");
        accessible("teacher class page");
        browser.findElement(By.linkText("Nueva tarea")).click();
        accessible("assignment form");
        type(By.id("title"), "Monumentos en nuevos contextos");
        type(By.id("brief"), "Imagina un monumento famoso en un lugar o un momento diferente.");
        submit(By.cssSelector("form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Tarea creada."));
        signOut();

        // The student joins with the code, typed casually, and writes a prompt.
        signInAs("ana");
        type(By.id("join-code"), joinCode.toLowerCase().replace("-", " "));
        submit(By.cssSelector("form[action='/classes/join'] button"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "¡Ya estás en la clase"));
        browser.findElement(By.linkText("Monumentos en nuevos contextos")).click();
        accessible("student assignment page");
        type(By.id("prompt"), "Perro junto a la Torre Eiffel a primera hora de la mañana");
        browser.findElement(By.cssSelector("input[name=aspect][value=LANDSCAPE]")).click();
        submit(By.cssSelector("#prompt-form button[type=submit]"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "¡Guardado!"));

        // The request page refreshes itself until the offline images are there.
        WebElement image = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gallery img")));
        assertThat(browser.findElement(By.cssSelector(".provenance")).getText())
                .isEqualTo("Vista previa sin conexión (no es IA)");
        assertThat(image.getAttribute("naturalWidth")).isNotEqualTo("0");
        screenshot("student-request.png");
        accessible("student request page");

        WebElement form = browser.findElement(By.cssSelector(".handin-form"));
        form.findElement(By.name("title")).sendKeys("Perro en París");
        form.findElement(By.name("altText")).sendKeys("Un perro marrón junto a la Torre Eiffel al amanecer");
        form.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "¡Entregada!"));
        screenshot("student-journey.png");
        signOut();

        // The teacher finds the hand-in in the class gallery.
        signInAs("teo");
        browser.findElement(By.linkText("Galería de la clase")).click();
        WebElement handedIn = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gallery img")));
        assertThat(handedIn.getAttribute("alt")).isEqualTo("Un perro marrón junto a la Torre Eiffel al amanecer");
        screenshot("teacher-gallery.png");
        accessible("teacher class gallery");

        // The check itself can fail: an image without alt text is a critical violation.
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript(
                "document.querySelector('main').insertAdjacentHTML('beforeend', '<img src=\"/css/app.css\">')");
        assertThat(Accessibility.seriousViolations(browser)).anyMatch(v -> v.startsWith("image-alt"));
    }

    /** axe-core finds no serious or critical accessibility violation on the current page. */
    private void accessible(String page) {
        assertThat(Accessibility.seriousViolations(browser)).as("axe-core on the " + page).isEmpty();
    }

    private void signInAs(String user) {
        browser.get(base.toString());
        browser.findElement(By.linkText("Entrar")).click();
        // The OIDC Dev Service's own login page: one button per configured demo user.
        wait.until(ExpectedConditions.elementToBeClickable(By.name("predefined-" + user))).click();
        wait.until(ExpectedConditions.urlContains("/home"));
    }

    private void signOut() {
        browser.findElement(By.linkText("Salir")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.linkText("Entrar")));
    }

    private void type(By field, String text) {
        WebElement element = wait.until(ExpectedConditions.visibilityOfElementLocated(field));
        element.clear();
        element.sendKeys(text);
    }

    private void submit(By button) {
        browser.findElement(button).click();
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }
}
