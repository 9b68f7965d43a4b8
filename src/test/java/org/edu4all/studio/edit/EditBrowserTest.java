package org.edu4all.studio.edit;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.edu4all.studio.generation.EditMask;
import org.edu4all.studio.generation.GenerationRequest;
import org.edu4all.studio.generation.RequestKind;
import org.edu4all.studio.image.StoredImage;
import org.edu4all.studio.security.AppUser;
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
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A student paints on the canvas in a real browser and sends the edit: the page builds the mask PNG itself and the
 * edited image arrives. Signs in through the real OIDC code flow. Skipped, saying so, without Debian's Chromium.
 */
@QuarkusTest
class EditBrowserTest {

    @TestHTTPResource("/")
    URL base;

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
    }

    @Test
    void aStudentPaintsTheAreaToChangeAndGetsTheEditedImage() throws Exception {
        browser.get(base.toString());
        browser.findElement(By.linkText("Entrar")).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.name("predefined-ana"))).click();
        wait.until(ExpectedConditions.urlContains("/home"));
        String subject = QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser> find(
                "role = org.edu4all.studio.security.Role.STUDENT order by lastSeenAt desc").firstResult().subject);
        StoredImage source = Edits.imageMadeFor(subject, "teacher-edit-browser");

        browser.get(base + "images/" + source.id + "/edit");
        WebElement canvas = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("canvas")));
        assertThat(Accessibility.seriousViolations(browser)).as("axe-core on the edit page").isEmpty();
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("mask-error"), "no has pintado"));

        new Actions(browser).moveToElement(canvas, -60, -60).clickAndHold().moveByOffset(80, 0).moveByOffset(0, 60)
                .release().perform();
        double shownWidth = canvas.getRect().getWidth(); // the page scales the canvas to fit
        browser.findElement(By.id("prompt")).sendKeys("Ponle un sombrero rojo al faro");
        screenshot("edit-painted.png");
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "¡Guardado!"));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".gallery img")));
        screenshot("edit-result.png");
        GenerationRequest edit = QuarkusTransaction.requiringNew().call(() -> GenerationRequest
                .<GenerationRequest> find("sourceImage.id", source.id).firstResult());
        assertThat(edit.kind).isEqualTo(RequestKind.EDIT);
        assertThat(edit.prompt).isEqualTo("Ponle un sombrero rojo al faro");
        BufferedImage mask = Edits.decode(QuarkusTransaction.requiringNew().call(() -> EditMask.of(edit.id))
                .orElseThrow());
        assertThat(mask.getWidth()).isEqualTo(source.width);
        assertThat(mask.getHeight()).isEqualTo(source.height);
        assertThat(alphaAt(mask, 0, 0)).as("unpainted corner stays opaque").isEqualTo(255);
        int cx = source.width / 2 - (int) (60 * mask.getWidth() / shownWidth);
        int cy = source.height / 2 - (int) (60 * mask.getHeight() / shownWidth);
        assertThat(alphaAt(mask, cx, cy)).as("where the stroke started is transparent").isZero();
    }

    private static int alphaAt(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }

    private static void screenshot(String name) throws Exception {
        Path target = Path.of("target", "screenshots", name);
        Files.createDirectories(target.getParent());
        Files.write(target, ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES));
    }
}
