package org.husnu.symposium.platform;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings both services share ({@code symposium.*}); each service has its own prefix for
 * the rest.
 *
 * @param serviceName the name of this service as shown on its pages
 * @param links where people find the two services
 * @param event values used only when the event settings document is first created
 * @param login one-time login links and their rate limits
 * @param session browser sessions and their cookies
 * @param bootstrap accounts created at start when absent
 * @param apiTokens lifetimes of personal API tokens
 */
@ConfigurationProperties("symposium")
public record SymposiumProperties(@DefaultValue("symposium") String serviceName, @DefaultValue Links links,
		@DefaultValue Event event, @DefaultValue Login login, @DefaultValue Session session,
		@DefaultValue Bootstrap bootstrap, @DefaultValue ApiTokens apiTokens) {

	/**
	 * The public base URL of this service.
	 * @return the review URL for review-service, the submission URL otherwise
	 */
	public String publicUrl() {
		return "review-service".equals(this.serviceName) ? this.links.reviewUrl() : this.links.submissionUrl();
	}

	/**
	 * Public base URLs of the services, used for links between them.
	 *
	 * @param submissionUrl base URL of submission-service
	 * @param reviewUrl base URL of review-service
	 */
	public record Links(@DefaultValue("http://localhost:8081") String submissionUrl,
			@DefaultValue("http://localhost:8082") String reviewUrl) {
	}

	/**
	 * Initial deadlines, wall-clock time in the event's time zone (Asia/Tokyo). Chairs
	 * change them later in the settings; these only seed an empty store.
	 *
	 * @param submissionDeadline initial submission deadline
	 * @param reviewDeadline initial review deadline
	 */
	public record Event(@DefaultValue("2027-01-31T23:59") LocalDateTime submissionDeadline,
			@DefaultValue("2027-02-28T23:59") LocalDateTime reviewDeadline) {
	}

	/**
	 * One-time login links.
	 *
	 * @param linkValidity how long a mailed link works
	 * @param perAddressLimit link requests allowed per address and window
	 * @param perClientLimit link requests allowed per client (IP address) and window
	 * @param limitWindow the rate-limit window
	 */
	public record Login(@DefaultValue("15m") Duration linkValidity, @DefaultValue("5") int perAddressLimit,
			@DefaultValue("30") int perClientLimit, @DefaultValue("15m") Duration limitWindow) {
	}

	/**
	 * Browser sessions, stored in MongoDB and shared by both services.
	 *
	 * @param timeout idle time after which a session ends
	 * @param cookieDomain cookie domain when the services run on different host names of
	 * one parent domain (e.g. {@code symposium.example.org}); empty on one host
	 * @param secureCookies whether cookies are sent over HTTPS only (set behind TLS)
	 */
	public record Session(@DefaultValue("8h") Duration timeout, @DefaultValue("") String cookieDomain,
			@DefaultValue("false") boolean secureCookies) {
	}

	/**
	 * Accounts created at start when absent, so a fresh system has someone who can run
	 * it.
	 *
	 * @param chairs addresses that get a chair account
	 */
	public record Bootstrap(@DefaultValue List<String> chairs) {

	}

	/**
	 * Lifetimes of personal API tokens. Every token expires: one created without a
	 * lifetime gets the default, none may be given more than the maximum, and the maximum
	 * also ends tokens stored before expiry was required.
	 *
	 * @param defaultLifetime lifetime of a token created without one
	 * @param maxLifetime longest lifetime a token may have, counted from its creation
	 */
	public record ApiTokens(@DefaultValue("90d") Duration defaultLifetime, @DefaultValue("365d") Duration maxLifetime) {

		public ApiTokens {
			if (defaultLifetime.isNegative() || defaultLifetime.isZero()
					|| maxLifetime.compareTo(defaultLifetime) < 0) {
				throw new IllegalArgumentException(
						"symposium.api-tokens: the default lifetime must be positive and at most the maximum lifetime");
			}
		}

	}

}
