package org.husnu.symposium.platform.httpsecurity;

import java.io.IOException;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.LoginToken;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.login.LoginLinks;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.platform.security.AccountAuthentication;
import org.husnu.symposium.platform.security.LoginRedemption;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Redeeming a login link, in the service that owns accounts ({@link LoginRedemption}):
 * the token is consumed once, atomically, and the account signed in; success goes on in
 * the person's language to where they were going, failure back to the login page with the
 * reason.
 */
final class LinkLogin implements AuthenticationProvider, AuthenticationSuccessHandler, AuthenticationFailureHandler {

	private final LoginTokenService tokens;

	private final LoginRedemption redemption;

	private final AuditLog audit;

	private final AccountDirectory accounts;

	private final LoginLinks links;

	private final LocaleResolver localeResolver;

	LinkLogin(LoginTokenService tokens, LoginRedemption redemption, AuditLog audit, AccountDirectory accounts,
			LoginLinks links, LocaleResolver localeResolver) {
		this.tokens = tokens;
		this.redemption = redemption;
		this.audit = audit;
		this.accounts = accounts;
		this.links = links;
		this.localeResolver = localeResolver;
	}

	@Override
	public Authentication authenticate(Authentication authentication) {
		OneTimeToken consumed = this.tokens.consume((OneTimeTokenAuthenticationToken) authentication);
		if (consumed == null) {
			throw new InvalidOneTimeTokenException("This login link was used already, has expired or is unknown");
		}
		Account account;
		try {
			account = this.redemption.signIn(consumed.getUsername());
		}
		catch (DomainRuleException ex) {
			throw new NotEligibleException(ex.getMessage());
		}
		AccountAuthentication result = AccountAuthentication.session(this.accounts.withDerivedRoles(account));
		this.audit.record(result.actor(), "login", account.email(), Map.of("method", "link"));
		return result;
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return OneTimeTokenAuthenticationToken.class.isAssignableFrom(authentication);
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		Account account = this.accounts.findById(((AccountAuthentication) authentication).actor().accountId())
			.orElseThrow();
		this.localeResolver.setLocale(request, response, account.language().locale());
		String continueUrl = request.getParameter("continue");
		response.sendRedirect(
				this.redemption.targetAfterLogin(account, this.links.isServicePage(continueUrl) ? continueUrl : null));
	}

	@Override
	public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
			AuthenticationException ex) throws IOException {
		LoginToken.State state = this.tokens.stateOf(request.getParameter("token"));
		String reason = (ex instanceof NotEligibleException) ? "not-eligible" : state.name().toLowerCase(Locale.ROOT);
		response.sendRedirect("/login?failed=" + reason);
	}

	/** The address of a redeemed link may no longer take part. */
	private static final class NotEligibleException extends BadCredentialsException {

		private static final long serialVersionUID = 1L;

		NotEligibleException(String message) {
			super(message);
		}

	}

}
