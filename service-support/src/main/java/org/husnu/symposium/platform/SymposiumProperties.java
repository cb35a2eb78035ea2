package org.husnu.symposium.platform;

import java.time.LocalDateTime;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings both services share ({@code symposium.*}); each service has its own prefix for
 * the rest.
 *
 * @param serviceName the name of this service as shown on its pages
 * @param links where people find the two services
 * @param event values used only when the event settings document is first created
 */
@ConfigurationProperties("symposium")
public record SymposiumProperties(@DefaultValue("symposium") String serviceName, @DefaultValue Links links,
		@DefaultValue Event event) {

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

}
