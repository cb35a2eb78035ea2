package org.husnu.symposium.platform.httpsecurity;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.ApiToken;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.problems.ProblemResponses;
import org.husnu.symposium.platform.problems.ProblemTypes;
import org.husnu.symposium.platform.security.AccountAuthentication;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>} on {@code /api/**} with a personal
 * API token. A request with a Bearer header is judged by the token alone, never by a
 * session cookie it may also carry, which is why such requests need no CSRF token. The
 * authentication is for this request only; no session is created.
 */
final class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	static final String BEARER = "Bearer ";

	/**
	 * Whether a request carries {@code Authorization: Bearer …}, in any case.
	 * @param request the request
	 * @return whether it names an API token
	 */
	static boolean hasBearerToken(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length());
	}

	private final RequestMatcher bearerRequests;

	private final ApiTokenStore tokens;

	private final AccountDirectory accounts;

	private final ProblemResponses problems;

	private final Clock clock;

	private final Duration maxLifetime;

	ApiTokenAuthenticationFilter(RequestMatcher bearerRequests, ApiTokenStore tokens, AccountDirectory accounts,
			ProblemResponses problems, Clock clock, Duration maxLifetime) {
		this.bearerRequests = bearerRequests;
		this.tokens = tokens;
		this.accounts = accounts;
		this.problems = problems;
		this.clock = clock;
		this.maxLifetime = maxLifetime;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!this.bearerRequests.matches(request)) {
			chain.doFilter(request, response);
			return;
		}
		String secret = request.getHeader(HttpHeaders.AUTHORIZATION).substring(BEARER.length()).strip();
		Optional<Account> account = authenticate(secret);
		if (account.isEmpty()) {
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"");
			this.problems.write(request, response, HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED,
					"Invalid API token",
					"The API token is unknown, revoked or expired; create a new one on your profile page");
			return;
		}
		SecurityContext context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(AccountAuthentication.apiToken(account.get()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private Optional<Account> authenticate(String secret) {
		if (secret.isEmpty() || secret.length() > 200) {
			return Optional.empty();
		}
		ApiToken token = this.tokens.findBySecret(secret).orElse(null);
		Instant now = this.clock.instant();
		// the maximum lifetime also ends tokens stored without an expiry
		if (token == null || !token.isActiveAt(now) || !now.isBefore(token.createdAt().plus(this.maxLifetime))) {
			return Optional.empty();
		}
		return this.accounts.findById(token.accountId()).map(this.accounts::withDerivedRoles);
	}

}
