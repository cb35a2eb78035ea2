package org.husnu.symposium.platform.referencedata;

import org.husnu.symposium.core.event.EventSettings;
import org.husnu.symposium.core.store.ReferenceDataSeeder;
import org.husnu.symposium.platform.SymposiumProperties;

import org.springframework.beans.factory.InitializingBean;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;

/**
 * Seeds indexes and reference data when a service starts. Both services do it, so
 * whichever starts first on an empty store makes it usable; the seeder is insert-only and
 * idempotent. It runs while the context is created, before the web server opens, so a
 * service that answers health checks already has its reference data.
 */
@Component
class ReferenceDataInitializer implements InitializingBean {

	private final MongoOperations mongo;

	private final SymposiumProperties properties;

	ReferenceDataInitializer(MongoOperations mongo, SymposiumProperties properties) {
		this.mongo = mongo;
		this.properties = properties;
	}

	@Override
	public void afterPropertiesSet() {
		EventSettings initial = EventSettings.initial(this.properties.event().submissionDeadline(),
				this.properties.event().reviewDeadline());
		new ReferenceDataSeeder(this.mongo).seed(initial);
	}

}
