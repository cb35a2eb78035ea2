package org.husnu.symposium.review.progress;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.mongo.MongoLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.husnu.symposium.core.store.CollectionNames;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/**
 * ShedLock with its MongoDB provider on the store and client Spring Data already uses: a
 * scheduled job annotated {@code @SchedulerLock} runs on one instance at a time, the lock
 * being one document of {@code scheduler_locks}.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ReminderProperties.class)
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class ProgressConfiguration {

	@Bean
	LockProvider lockProvider(MongoOperations mongo) {
		return new MongoLockProvider(mongo.getCollection(CollectionNames.SCHEDULER_LOCKS));
	}

}
