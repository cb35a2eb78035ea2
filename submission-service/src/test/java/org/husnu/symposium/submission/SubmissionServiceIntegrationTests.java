package org.husnu.symposium.submission;

import java.util.List;

import org.husnu.symposium.test.ServiceContractTests;

/**
 * submission-service started for real on a random port against the embedded store: the
 * contract both services keep (health, reference data, problem details, OpenAPI, landing
 * page).
 */
class SubmissionServiceIntegrationTests extends ServiceContractTests {

	@Override
	protected List<String> landingPageTexts() {
		return List.of("submission-service", "Submit an abstract", "Who can take part", "snuh.org");
	}

}
