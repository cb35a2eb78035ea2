package org.husnu.symposium.review.reviewers;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.security.LoginRedemption;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.http.MediaType;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;
import org.springframework.web.util.HtmlUtils;

/**
 * Lets a test log in on review-service itself. In production the login links point at
 * submission-service, which creates accounts and redeems them; the session then serves
 * both services. Here the test stores the accounts as submission-service would, and this
 * redemption only finds them.
 */
@TestConfiguration(proxyBeanMethods = false)
public class ExistingAccountLogins {

	@Bean
	LoginRedemption existingAccountsOnly(AccountDirectory accounts) {
		return new LoginRedemption() {

			@Override
			public Account signIn(String email) {
				return accounts.findByEmail(email)
					.orElseThrow(() -> new DomainRuleException("account.missing", "No account for " + email));
			}

			@Override
			public String targetAfterLogin(Account account, String continueUrl) {
				return "/";
			}

		};
	}

	/**
	 * The confirmation step of a login link, which submission-service's page shows: a
	 * functional route, so that component scanning does not add it to other tests.
	 * @return the route
	 */
	@Bean
	RouterFunction<ServerResponse> loginConfirmPage() {
		return RouterFunctions.route().GET("/login/ott", (request) -> {
			CsrfToken csrf = (CsrfToken) request.attribute(CsrfToken.class.getName()).orElseThrow();
			String token = request.param("token").orElse("");
			return ServerResponse.ok()
				.contentType(MediaType.TEXT_HTML)
				.body("<!DOCTYPE html><html><body><form method=\"post\" action=\"/login/ott\">"
						+ "<input type=\"hidden\" name=\"_csrf\" value=\"" + HtmlUtils.htmlEscape(csrf.getToken())
						+ "\"><input type=\"hidden\" name=\"token\" value=\"" + HtmlUtils.htmlEscape(token)
						+ "\"><button id=\"confirm\" type=\"submit\">Log in</button></form></body></html>");
		}).build();
	}

}
