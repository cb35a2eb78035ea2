package org.husnu.symposium.test;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeTokenService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Logs people in to a running service the way they do it: a one-time login link from the
 * service's own token service, opened and confirmed like a click in the mail. The one
 * place tests log in, so a change to the login flow changes one class.
 */
public final class Logins {

	private static final Duration LINK_LIFETIME = Duration.ofMinutes(15);

	private final OneTimeTokenService tokens;

	private final String base;

	/**
	 * Logins for one service.
	 * @param tokens the service's token service (a bean of the test's context)
	 * @param base the service's address, e.g. {@code http://127.0.0.1:8080}
	 */
	public Logins(OneTimeTokenService tokens, String base) {
		this.tokens = tokens;
		this.base = base;
	}

	/**
	 * A fresh login link, as the login mail carries it.
	 * @param email whose link
	 * @return the absolute link
	 */
	public String linkFor(String email) {
		String token = this.tokens.generate(new GenerateOneTimeTokenRequest(email, LINK_LIFETIME)).getTokenValue();
		return this.base + "/login/ott?token=" + token;
	}

	/**
	 * A new HTTP session, logged in, that has opened the landing page (so it holds the
	 * CSRF cookie).
	 * @param email who logs in
	 * @return the session
	 */
	public WebSession loggedIn(String email) {
		WebSession session = new WebSession();
		assertThat(session.redeem(linkFor(email)).statusCode()).as("login of " + email).isEqualTo(302);
		session.get(this.base + "/");
		return session;
	}

	/**
	 * Logs in in a real browser: opens the link, confirms, and waits to leave the login
	 * page.
	 * @param browser the browser
	 * @param email who logs in
	 * @return the page after the login
	 */
	public WebDriver loggedIn(Browser browser, String email) {
		WebDriver page = browser.open(linkFor(email));
		page.findElement(By.id("confirm")).click();
		new WebDriverWait(page, Duration.ofSeconds(15)).until((driver) -> !driver.getCurrentUrl().contains("/login/"));
		return page;
	}

}
