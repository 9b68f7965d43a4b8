package org.edu4all.studio.bench;

import java.net.URI;
import java.time.Duration;
import java.util.stream.Collectors;

import org.edu4all.studio.support.HeadlessChromium;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Signs a demo user in through the real OIDC code flow of the container-free OIDC Dev Service, in headless Chromium
 * exactly as the browser tests do (the app's "Entrar", the provider's login page, the user's button, back to the
 * app), and hands over the session cookie the app set, ready for a load tool's {@code Cookie} header. Nothing in the
 * app is bypassed.
 */
final class OidcSignIn {

    private OidcSignIn() {
    }

    /** The {@code Cookie} header value of a session signed in as {@code user} (a predefined dev-service user). */
    static String cookieHeader(URI app, String user) {
        WebDriver browser = HeadlessChromium.start();
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
            browser.get(app.resolve("/login").toString());
            wait.until(ExpectedConditions.elementToBeClickable(By.name("predefined-" + user))).click();
            wait.until(ExpectedConditions.urlContains("/home"));
            String header = browser.manage().getCookies().stream().filter(c -> c.getName().startsWith("q_session"))
                    .map(c -> c.getName() + "=" + c.getValue()).collect(Collectors.joining("; "));
            if (header.isEmpty()) {
                throw new IllegalStateException("signing in as " + user + " left no session cookie: "
                        + browser.manage().getCookies().stream().map(Cookie::getName).toList());
            }
            return header;
        } finally {
            browser.quit();
        }
    }
}
