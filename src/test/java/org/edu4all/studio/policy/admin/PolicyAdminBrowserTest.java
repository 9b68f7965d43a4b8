package org.edu4all.studio.policy.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;

import org.edu4all.studio.policy.PolicyService;
import org.edu4all.studio.policy.PolicyTermEntry;
import org.edu4all.studio.support.Accessibility;
import org.edu4all.studio.support.HeadlessChromium;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.arc.Arc;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;

/**
 * The admin pages in a real browser, signed in as the demo admin through the real OIDC flow: what RestAssured
 * cannot show is that a browser's multipart form (a chosen file, Spanish text, the CSRF token) is read as sent.
 * Screenshots go to {@code target/screenshots/admin-*.png}. Skipped where Debian's Chromium is not installed.
 */
@QuarkusTest
class PolicyAdminBrowserTest {


    @TestHTTPResource("/")
    URL base;

    @Inject
    PolicyService policy;

    private static WebDriver browser;
    private static WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        browser = HeadlessChromium.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
        QuarkusTransaction.requiringNew().run(() -> PolicyTermEntry.delete("term like 'zzqtest%'"));
        Arc.container().instance(PolicyService.class).get().reload();
    }

    @Test
    void adminEditsTheListImportsAFileAndTriesPrompts() throws IOException {
        try {
            signInAsAdmin();
            browser.findElement(By.linkText("Política de seguridad")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("term"))).sendKeys("zzqtest-cañón");
            browser.findElement(By.cssSelector("#term-category option[value=WEAPONS]")).click();
            browser.findElement(By.cssSelector("form[action='/admin/policy/terms'] button")).click();
            waitForText("Añadido «zzqtest-cañón»");
            assertThat(policy.check("un zzqtest-cañón").blocked()).isTrue();
            screenshot("admin-lists.png");
            assertThat(Accessibility.seriousViolations(browser)).as("axe-core on admin-lists").isEmpty();

            browser.findElement(By.linkText("Importar y exportar")).click();
            Path file = Files.createTempFile("zzqtest-list", ".tsv");
            Files.writeString(file, "zzqtest-pólvora\tes\tWEAPONS\n", StandardCharsets.UTF_8);
            wait.until(ExpectedConditions.presenceOfElementLocated(By.id("file"))).sendKeys(file.toString());
            browser.findElement(By.cssSelector("form[action='/admin/policy/import'] button[type=submit]")).click();
            waitForText("Añadidas: 1.");
            assertThat(policy.check("zzqtest-pólvora").blocked()).isTrue();
            screenshot("admin-import.png");
            assertThat(Accessibility.seriousViolations(browser)).as("axe-core on admin-import").isEmpty();

            browser.findElement(By.linkText("Probador")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("prompts")))
                    .sendKeys("un pez espada\nuna 3sp4da\nzzqtest-pólvora");
            browser.findElement(By.cssSelector("form[action='/admin/policy/test'][method=post] button")).click();
            waitForText("Comprobados: 3. Bloqueados: 2.");
            screenshot("admin-tester.png");
            assertThat(Accessibility.seriousViolations(browser)).as("axe-core on admin-tester").isEmpty();

            browser.findElement(By.linkText("Meta prompt")).click();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("template"))).sendKeys("\nZzq draft line.");
            browser.findElement(By.cssSelector("button[value=preview]")).click();
            waitForText("Vista previa del borrador");
            screenshot("admin-meta-prompt.png");
            assertThat(Accessibility.seriousViolations(browser)).as("axe-core on admin-meta-prompt").isEmpty();

            browser.findElement(By.linkText("Registro de cambios")).click();
            waitForText("Términos importados (añadidos)");
            screenshot("admin-audit.png");
            assertThat(Accessibility.seriousViolations(browser)).as("axe-core on admin-audit").isEmpty();

            // The usage dashboard, from the admin home: charts, data tables, the date filter, people, the service.
            browser.findElement(By.linkText("Inicio")).click();
            browser.findElement(By.linkText("Uso del servicio")).click();
            waitForText("Imágenes por día y clase");
            screenshot("admin-usage.png");
            assertThat(Accessibility.seriousViolations(browser)).as("axe-core on admin-usage").isEmpty();
        } catch (RuntimeException | AssertionError e) {
            screenshot("admin-failure.png");
            Files.writeString(Path.of("target", "screenshots", "admin-failure.html"), browser.getPageSource());
            throw e;
        }
    }

    private void signInAsAdmin() {
        browser.get(base.toString());
        browser.findElement(By.linkText("Entrar")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.name("predefined-ada"))).click();
        wait.until(ExpectedConditions.urlContains("/home"));
    }

    private void waitForText(String text) {
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), text));
    }

    private void screenshot(String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
    }
}
