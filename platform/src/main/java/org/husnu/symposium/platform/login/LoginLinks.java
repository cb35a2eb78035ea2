package org.husnu.symposium.platform.login;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.institutions.EmailAddresses;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.mail.MailOutbox;
import org.husnu.symposium.platform.mail.OutgoingMail;
import org.husnu.symposium.platform.security.Secrets;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.security.authentication.ott.GenerateOneTimeTokenRequest;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Handles a request for a login link. Whatever the address, the caller learns nothing
 * about it: an address that may log in gets a one-time link, any other valid address gets
 * a mail explaining how to pre-register, and both answer the same. Requests are
 * rate-limited per client (refused with 429) and per address (quietly: no more mails, the
 * same answer) across all instances.
 */
@Component
public class LoginLinks {

	private static final Logger logger = LoggerFactory.getLogger(LoginLinks.class);

	private final AccountDirectory accounts;

	private final LoginTokenService tokens;

	private final RateLimiter rateLimiter;

	private final MailOutbox outbox;

	private final SymposiumProperties properties;

	public LoginLinks(AccountDirectory accounts, LoginTokenService tokens, RateLimiter rateLimiter, MailOutbox outbox,
			SymposiumProperties properties) {
		this.accounts = accounts;
		this.tokens = tokens;
		this.rateLimiter = rateLimiter;
		this.outbox = outbox;
		this.properties = properties;
	}

	/**
	 * Sends a login link, or the explanation why there is none.
	 * @param email the address typed in; must be a valid address
	 * @param language the language of the page it was asked from
	 * @param continueUrl where to go after login, if it is one of the services' pages
	 * @param client the client's network address
	 * @throws org.husnu.symposium.platform.problems.TooManyRequestsException when the
	 * client asked too often (an address that asked too often gets no more mails, and the
	 * caller is not told)
	 */
	public void request(String email, Language language, String continueUrl, String client) {
		String address = EmailAddresses.normalize(email);
		SymposiumProperties.Login limits = this.properties.login();
		this.rateLimiter.acquire("client:" + client, limits.perClientLimit(), limits.limitWindow(),
				"Too many login links were asked for from your network; wait a few minutes and try again");
		// Quietly: over the limit the answer stays the same and no mail goes out. A
		// refusal
		// would let anyone lock a person out of login with a few requests for their
		// address; dropping the extra mails cannot, because the person already has the
		// links those requests sent, each valid for the link validity.
		if (!this.rateLimiter.tryAcquire("address:" + Secrets.hash(address), limits.perAddressLimit(),
				limits.limitWindow())) {
			logger.info("Login link not sent: this address asked too often in this window");
			return;
		}
		Optional<Account> account = this.accounts.findByEmail(address);
		if (account.isPresent() || this.accounts.eligibilityOf(address).eligible()) {
			OneTimeToken token = this.tokens.generate(new GenerateOneTimeTokenRequest(address, limits.linkValidity()));
			Map<String, Object> model = new HashMap<>();
			model.put("link", linkFor(token, continueUrl));
			model.put("expiresInMinutes", (int) limits.linkValidity().toMinutes());
			model.put("name", account.map(Account::name).orElse(null));
			model.put("serviceName", this.properties.serviceName());
			this.outbox.enqueue(new OutgoingMail(address, account.map(Account::language).orElse(language), "login-link",
					model, null));
			logger.info("Login link requested for an eligible address");
		}
		else {
			Map<String, Object> model = new HashMap<>();
			model.put("email", address);
			model.put("submissionUrl", this.properties.links().submissionUrl());
			model.put("domains", this.accounts.verifiedDomains());
			this.outbox.enqueue(new OutgoingMail(address, language, "not-eligible", model, null));
			logger.info("Login link requested for an address that may not log in; explanation sent");
		}
	}

	/**
	 * Whether a URL is a page of one of the two services, so redirecting there after
	 * login is safe (no open redirect).
	 * @param url the URL
	 * @return {@code true} for URLs on either service's public base URL
	 */
	public boolean isServicePage(String url) {
		if (url == null || url.isBlank() || url.length() > 2000) {
			return false;
		}
		try {
			URI target = URI.create(url).normalize();
			return isUnder(target, this.properties.links().submissionUrl())
					|| isUnder(target, this.properties.links().reviewUrl());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private static boolean isUnder(URI target, String baseUrl) {
		URI base = URI.create(baseUrl);
		return base.getScheme().equalsIgnoreCase(String.valueOf(target.getScheme()))
				&& base.getHost().equalsIgnoreCase(String.valueOf(target.getHost()))
				&& base.getPort() == target.getPort() && target.getRawUserInfo() == null;
	}

	private String linkFor(OneTimeToken token, String continueUrl) {
		// links always point at submission-service: it owns accounts, so it creates the
		// account at first login; the session then serves both services
		UriComponentsBuilder link = UriComponentsBuilder.fromUriString(this.properties.links().submissionUrl())
			.path("/login/ott")
			.queryParam("token", token.getTokenValue());
		if (isServicePage(continueUrl)) {
			link.queryParam("continue", continueUrl);
		}
		return link.encode(StandardCharsets.UTF_8).build().toUriString();
	}

}
