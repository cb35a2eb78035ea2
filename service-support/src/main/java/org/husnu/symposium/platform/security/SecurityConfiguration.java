package org.husnu.symposium.platform.security;

import java.io.IOException;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.LoginToken;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.login.LoginLinks;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.platform.problems.ProblemResponses;
import org.husnu.symposium.platform.problems.ProblemTypes;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.ott.InvalidOneTimeTokenException;
import org.springframework.security.authentication.ott.OneTimeToken;
import org.springframework.security.authentication.ott.OneTimeTokenAuthenticationToken;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Security of both services, in one place so they behave the same:
 * <ul>
 * <li>sessions live in MongoDB under one cookie for both services, so one login serves
 * both and logging out ends it for both;</li>
 * <li>{@code /api/**} also accepts personal API tokens ({@code Authorization: Bearer});
 * such requests need no CSRF token, all other state-changing requests need one (cookie
 * {@code XSRF-TOKEN}, header {@code X-XSRF-TOKEN} or the form's {@code _csrf});</li>
 * <li>401 and 403 on the API are problem details; pages redirect to the login page;</li>
 * <li>the service that owns accounts ({@link LoginRedemption}) redeems login links.</li>
 * </ul>
 * Which person may see which record is decided by
 * {@link org.husnu.symposium.core.access.AccessPolicy}, not by URL rules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	@Bean
	SecurityFilterChain symposiumSecurity(HttpSecurity http, AccountDirectory accounts, MongoOperations mongo,
			ProblemResponses problems, Clock clock, LoginTokenService loginTokens, LoginLinks loginLinks,
			ObjectProvider<LoginRedemption> redemption, LocaleResolver localeResolver, AuditLog audit,
			SymposiumProperties properties) {
		PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
		RequestMatcher api = paths.matcher("/api/**");
		RequestMatcher bearer = new AndRequestMatcher(api, SecurityConfiguration::hasBearerToken);
		// An ASYNC dispatch continues a request that was authorised when it began. A
		// Bearer request has no session to carry its login over to that dispatch, so
		// judging it again would refuse the response after its body was sent.
		http.authorizeHttpRequests((authorize) -> authorize.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll());
		http.authorizeHttpRequests((authorize) -> authorize.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers("/", "/error", "/css/**", "/js/**", "/favicon.ico", "/login", "/login/**",
					"/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**",
					"/swagger-ui.html", "/swagger-ui/**", "/dev/mail", "/api/dev/mail", "/api/auth/login-link",
					"/api/topic-areas", "/api/topic-areas/**", "/api/institutions")
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/institutions/**")
			.permitAll()
			.anyRequest()
			.authenticated());
		http.csrf((csrf) -> csrf.spa()
			.ignoringRequestMatchers(bearer, paths.matcher(HttpMethod.POST, "/api/auth/login-link")));
		http.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
		http.addFilterBefore(new ApiTokenAuthenticationFilter(bearer, mongo, accounts, problems, clock,
				properties.apiTokens().maxLifetime()), AnonymousAuthenticationFilter.class);
		http.addFilterBefore(new AccountRefreshFilter(accounts), AnonymousAuthenticationFilter.class);
		http.exceptionHandling((exceptions) -> exceptions
			.defaultAuthenticationEntryPointFor((request, response, ex) -> problems.write(request, response,
					HttpStatus.UNAUTHORIZED, ProblemTypes.UNAUTHENTICATED, "Login required",
					"Log in first, or send Authorization: Bearer <token> with a personal API token from your profile page"),
					api)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					AnyRequestMatcher.INSTANCE)
			.defaultAccessDeniedHandlerFor(apiAccessDenied(problems), api)
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
		http.logout((logout) -> logout
			.logoutRequestMatcher(new OrRequestMatcher(paths.matcher(HttpMethod.POST, "/logout"),
					paths.matcher(HttpMethod.POST, "/api/auth/logout")))
			.addLogoutHandler((request, response, authentication) -> {
				if (authentication instanceof AccountAuthentication account) {
					audit.record(account.actor(), "logout", account.getPrincipal().email(), java.util.Map.of());
				}
			})
			.invalidateHttpSession(true)
			.deleteCookies(SessionConfiguration.SESSION_COOKIE)
			.logoutSuccessHandler((request, response, authentication) -> {
				if (request.getRequestURI().startsWith("/api/")) {
					response.setStatus(HttpStatus.NO_CONTENT.value());
				}
				else {
					response.sendRedirect("/login?logout");
				}
			}));
		LoginRedemption owner = redemption.getIfAvailable();
		if (owner != null) {
			http.oneTimeTokenLogin((ott) -> ott.tokenService(loginTokens)
				// links are requested through LoginController, which checks eligibility
				// and rate limits first; Spring's own generation endpoint generates
				// nothing
				.generateRequestResolver((request) -> null)
				.tokenGenerationSuccessHandler((request, response, token) -> {
					throw new IllegalStateException("Login links are generated by LoginLinks only");
				})
				.showDefaultSubmitPage(false)
				.loginPage("/login")
				.loginProcessingUrl("/login/ott")
				.authenticationProvider(new LinkAuthenticationProvider(loginTokens, owner, audit))
				.successHandler((request, response, authentication) -> {
					Account account = accounts.findById(((AccountAuthentication) authentication).actor().accountId())
						.orElseThrow();
					localeResolver.setLocale(request, response, account.language().locale());
					String continueUrl = request.getParameter("continue");
					response.sendRedirect(owner.targetAfterLogin(account,
							loginLinks.isServicePage(continueUrl) ? continueUrl : null));
				})
				.failureHandler((request, response, ex) -> {
					LoginToken.State state = loginTokens.stateOf(request.getParameter("token"));
					String reason = (ex instanceof NotEligibleException) ? "not-eligible"
							: state.name().toLowerCase(Locale.ROOT);
					response.sendRedirect("/login?failed=" + reason);
				}));
		}
		return http.build();
	}

	private static boolean hasBearerToken(HttpServletRequest request) {
		String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
		return authorization != null && authorization.regionMatches(true, 0, ApiTokenAuthenticationFilter.BEARER, 0,
				ApiTokenAuthenticationFilter.BEARER.length());
	}

	private static AccessDeniedHandler apiAccessDenied(ProblemResponses problems) {
		return (request, response, ex) -> {
			if (ex instanceof CsrfException) {
				problems.write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.CSRF, "CSRF token missing",
						"Requests with a session must echo the XSRF-TOKEN cookie in the X-XSRF-TOKEN header "
								+ "(forms: the _csrf field); scripts can use a personal API token instead");
			}
			else {
				problems.write(request, response, HttpStatus.FORBIDDEN, ProblemTypes.FORBIDDEN, "Not allowed",
						"Your roles do not allow this");
			}
		};
	}

	/**
	 * Makes sure every response to a browser carries the {@code XSRF-TOKEN} cookie, so
	 * scripts using a session can echo it.
	 */
	private static final class CsrfCookieFilter extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, IOException {
			CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
			if (token != null && !hasBearerToken(request)) {
				token.getToken();
			}
			chain.doFilter(request, response);
		}

	}

	/** The address of a redeemed link may no longer take part. */
	private static final class NotEligibleException extends BadCredentialsException {

		private static final long serialVersionUID = 1L;

		NotEligibleException(String message) {
			super(message);
		}

	}

	/**
	 * Redeems a login link: consumes the token (once, atomically) and signs the account
	 * in.
	 */
	private static final class LinkAuthenticationProvider implements AuthenticationProvider {

		private final LoginTokenService tokens;

		private final LoginRedemption redemption;

		private final AuditLog audit;

		LinkAuthenticationProvider(LoginTokenService tokens, LoginRedemption redemption, AuditLog audit) {
			this.tokens = tokens;
			this.redemption = redemption;
			this.audit = audit;
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
			AccountAuthentication result = AccountAuthentication.session(account);
			this.audit.record(result.actor(), "login", account.email(), java.util.Map.of("method", "link"));
			return result;
		}

		@Override
		public boolean supports(Class<?> authentication) {
			return OneTimeTokenAuthenticationToken.class.isAssignableFrom(authentication);
		}

	}

}
