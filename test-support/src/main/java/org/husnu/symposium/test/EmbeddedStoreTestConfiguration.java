package org.husnu.symposium.test;

import com.mongodb.ConnectionString;
import org.husnu.symposium.store.EmbeddedStore;

import org.springframework.boot.mongodb.autoconfigure.MongoConnectionDetails;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Points a test's application context at a fresh in-memory embedded store: the same wire
 * server the run command starts, without the file. Each cached context gets its own
 * store, so tests of different contexts never see each other's data.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedStoreTestConfiguration {

	@Bean(destroyMethod = "close")
	EmbeddedStore embeddedStore() {
		return EmbeddedStore.inMemory();
	}

	@Bean
	MongoConnectionDetails mongoConnectionDetails(EmbeddedStore store) {
		ConnectionString connectionString = new ConnectionString(store.connectionString() + "/symposium");
		return () -> connectionString;
	}

}
