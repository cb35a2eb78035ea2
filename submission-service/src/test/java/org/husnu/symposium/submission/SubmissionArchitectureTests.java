package org.husnu.symposium.submission;

import org.husnu.symposium.test.ServiceArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Keeps submission-service independent of the other service, free of cycles between its
 * feature packages, and its controllers package-private and off the raw store.
 */
class SubmissionArchitectureTests {

	private final ServiceArchitectureRules rules = new ServiceArchitectureRules("submission", "review");

	@Test
	void doesNotDependOnTheOtherService() {
		this.rules.doesNotDependOnTheOtherService();
	}

	@Test
	void featurePackagesHaveNoCycles() {
		this.rules.featurePackagesHaveNoCycles();
	}

	@Test
	void controllersArePackagePrivate() {
		this.rules.controllersArePackagePrivate();
	}

	@Test
	void controllersDoNotUseTheStoreDirectly() {
		this.rules.controllersDoNotUseTheStoreDirectly();
	}

}
