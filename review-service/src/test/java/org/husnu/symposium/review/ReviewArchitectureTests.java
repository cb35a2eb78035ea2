package org.husnu.symposium.review;

import org.husnu.symposium.test.ServiceArchitectureRules;
import org.junit.jupiter.api.Test;

/**
 * Keeps review-service independent of the other service, free of cycles between its
 * feature packages, and its controllers package-private and off the raw store.
 */
class ReviewArchitectureTests {

	private final ServiceArchitectureRules rules = new ServiceArchitectureRules("review", "submission");

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
