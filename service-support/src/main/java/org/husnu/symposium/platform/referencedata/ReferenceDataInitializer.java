package org.husnu.symposium.platform.referencedata;

import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.store.ReferenceDataSeeder;
import org.husnu.symposium.platform.SymposiumProperties;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Seeds indexes and reference data when a service starts. Both services do it, so
 * whichever starts first on an empty store makes it usable; the seeder is insert-only and
 * idempotent.
 */
@Component
@Order(0)
class ReferenceDataInitializer implements ApplicationRunner {

	private final MongoOperations mongo;

	private final SymposiumProperties properties;

	ReferenceDataInitializer(MongoOperations mongo, SymposiumProperties properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		EventSettings initial = EventSettings.initial(this.properties.event().submissionDeadline(),
				this.properties.event().reviewDeadline());
		new ReferenceDataSeeder(this.mongo).seed(initial);
	}

}
