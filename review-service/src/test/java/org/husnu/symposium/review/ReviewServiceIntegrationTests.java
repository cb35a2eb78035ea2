package org.husnu.symposium.review;

import java.time.Instant;
import java.util.List;

import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.test.ServiceContractTests;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * review-service started for real on a random port against the embedded store: the
 * contract both services keep (health, reference data, problem details, OpenAPI, landing
 * page), and that it judges by the event settings as they are stored now.
 */
class ReviewServiceIntegrationTests extends ServiceContractTests {

	@Autowired
	MongoOperations mongo;

	@Override
	protected List<String> landingPageTexts() {
		return List.of("review-service", "What this site is", "needs an invitation from the chairs");
	}

	/**
	 * submission-service writes the settings ({@code PUT /api/settings}); this service
	 * reads them through {@code ReferenceData} per request, so a change shows on its next
	 * request, without a restart.
	 */
	@Test
	void readsChangedSettingsOnTheNextRequest() {
		EventSettings before = this.mongo.findById(EventSettings.ID, EventSettings.class);
		assertThat(landingPage()).doesNotContain("2027-03-15 18:00 JST");
		Query event = Query.query(Criteria.where("_id").is(EventSettings.ID));
		try {
			this.mongo.updateFirst(event,
					new Update().set("blindReview", true)
						.set("reviewDeadline.at", Instant.parse("2027-03-15T09:00:00Z"))
						.inc("version", 1),
					EventSettings.class);
			assertThat(landingPage()).contains("2027-03-15 18:00 JST").contains("Blind review");
		}
		finally {
			this.mongo.updateFirst(event, new Update().set("blindReview", before.blindReview())
				.set("reviewDeadline.at", before.reviewDeadline().at()), EventSettings.class);
		}
	}

	private String landingPage() {
		return http().get().uri("/?lang=en").retrieve().body(String.class);
	}

}
