package org.husnu.symposium.platform.httpsecurity;

import java.time.Clock;

import jakarta.servlet.DispatcherType;
import org.husnu.symposium.platform.SymposiumProperties;
import org.husnu.symposium.platform.accounts.AccountDirectory;
import org.husnu.symposium.platform.audit.AuditLog;
import org.husnu.symposium.platform.login.LoginLinks;
import org.husnu.symposium.platform.login.LoginTokenService;
import org.husnu.symposium.platform.problems.ProblemResponses;
import org.husnu.symposium.platform.security.LoginRedemption;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Security of both services, in one place so they behave the same:
 * <ul>
 * <li>sessions live in MongoDB under one cookie for both services, so one login serves
 * both and logging out ends it for both ({@link LogoutHandlers});</li>
 * <li>{@code /api/**} also accepts personal API tokens ({@code Authorization: Bearer});
 * such requests need no CSRF token, all other state-changing requests need one (cookie
 * {@code XSRF-TOKEN}, header {@code X-XSRF-TOKEN} or the form's {@code _csrf});</li>
 * <li>401 and 403 on the API are problem details ({@link ApiProblemHandlers}); pages
 * redirect to the login page;</li>
 * <li>the service that owns accounts ({@link LoginRedemption}) redeems login links
 * ({@link LinkLogin}).</li>
 * </ul>
 * Which person may see which record is decided by
 * {@link org.husnu.symposium.core.access.AccessPolicy}, not by URL rules.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class SecurityConfiguration {

	private static final String[] PUBLIC_PATHS = { "/", "/error", "/css/**", "/js/**", "/favicon.ico", "/login",
			"/login/**", "/actuator/health", "/actuator/health/**", "/actuator/info", "/v3/api-docs", "/v3/api-docs/**",
			"/swagger-ui.html", "/swagger-ui/**", "/dev/mail", "/api/dev/mail", "/api/auth/login-link",
			"/api/topic-areas", "/api/topic-areas/**", "/api/institutions", "/program", "/program.json", "/program.ics",
			"/program.pdf", "/book.pdf", "/speaker/**" };

	private final PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();

	private final RequestMatcher api = this.paths.matcher("/api/**");

	private final RequestMatcher bearer = new AndRequestMatcher(this.api, ApiTokenAuthenticationFilter::hasBearerToken);

	@Bean
	SecurityFilterChain symposiumSecurity(HttpSecurity http, AccountDirectory accounts, MongoOperations mongo,
			ProblemResponses problems, Clock clock, LoginTokenService loginTokens, LoginLinks loginLinks,
			ObjectProvider<LoginRedemption> redemption, LocaleResolver localeResolver, AuditLog audit,
			SymposiumProperties properties) {
		authorize(http);
		http.csrf((csrf) -> csrf.spa()
			.ignoringRequestMatchers(this.bearer, this.paths.matcher(HttpMethod.POST, "/api/auth/login-link")));
		http.addFilterAfter(new CsrfCookieFilter(), CsrfFilter.class);
		http.addFilterBefore(new ApiTokenAuthenticationFilter(this.bearer, new ApiTokenStore(mongo), accounts, problems,
				clock, properties.apiTokens().maxLifetime()), AnonymousAuthenticationFilter.class);
		http.addFilterBefore(new AccountRefreshFilter(accounts), AnonymousAuthenticationFilter.class);
		ApiProblemHandlers apiProblems = new ApiProblemHandlers(problems);
		http.exceptionHandling((exceptions) -> exceptions.defaultAuthenticationEntryPointFor(apiProblems, this.api)
			.defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint("/login"),
					AnyRequestMatcher.INSTANCE)
			.defaultAccessDeniedHandlerFor(apiProblems, this.api)
			.defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE));
		LogoutHandlers logoutHandlers = new LogoutHandlers(audit);
		http.logout((logout) -> logout
			.logoutRequestMatcher(new OrRequestMatcher(this.paths.matcher(HttpMethod.POST, "/logout"),
					this.paths.matcher(HttpMethod.POST, "/api/auth/logout")))
			.addLogoutHandler(logoutHandlers)
			.invalidateHttpSession(true)
			.deleteCookies(SessionConfiguration.SESSION_COOKIE)
			.logoutSuccessHandler(logoutHandlers));
		LoginRedemption owner = redemption.getIfAvailable();
		if (owner != null) {
			linkLogin(http, new LinkLogin(loginTokens, owner, audit, accounts, loginLinks, localeResolver),
					loginTokens);
		}
		return http.build();
	}

	/** Public pages and reference data are open; everything else needs a login. */
	private static void authorize(HttpSecurity http) {
		// An ASYNC dispatch continues a request that was authorised when it began. A
		// Bearer request has no session to carry its login over to that dispatch, so
		// judging it again would refuse the response after its body was sent.
		http.authorizeHttpRequests((authorize) -> authorize.dispatcherTypeMatchers(DispatcherType.ASYNC).permitAll());
		http.authorizeHttpRequests((authorize) -> authorize.dispatcherTypeMatchers(DispatcherType.ERROR)
			.permitAll()
			.requestMatchers(PUBLIC_PATHS)
			.permitAll()
			.requestMatchers(HttpMethod.GET, "/api/institutions/**")
			.permitAll()
			.anyRequest()
			.authenticated());
	}

	/**
	 * Login links: links are requested through {@code LoginController}, which checks
	 * eligibility and rate limits first; Spring's own generation endpoint generates
	 * nothing, and {@code POST /login/ott} redeems a link.
	 */
	private static void linkLogin(HttpSecurity http, LinkLogin linkLogin, LoginTokenService loginTokens) {
		http.oneTimeTokenLogin((ott) -> ott.tokenService(loginTokens)
			.generateRequestResolver((request) -> null)
			.tokenGenerationSuccessHandler((request, response, token) -> {
				throw new IllegalStateException("Login links are generated by LoginLinks only");
			})
			.showDefaultSubmitPage(false)
			.loginPage("/login")
			.loginProcessingUrl("/login/ott")
			.authenticationProvider(linkLogin)
			.successHandler(linkLogin)
			.failureHandler(linkLogin));
	}

}
