package org.husnu.symposium.review;

import java.util.List;

import org.husnu.symposium.test.ServiceContractTests;

/**
 * review-service started for real on a random port against the embedded store: the
 * contract both services keep (health, reference data, problem details, OpenAPI, landing
 * page).
 */
class ReviewServiceIntegrationTests extends ServiceContractTests {

	@Override
	protected List<String> landingPageTexts() {
		return List.of("review-service", "For reviewers", "For chairs");
	}

}
