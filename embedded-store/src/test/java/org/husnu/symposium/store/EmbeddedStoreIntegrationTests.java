package org.husnu.symposium.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import org.bson.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store as a separate process, the way the services meet it: killed, stopped, and
 * started twice on one data directory.
 */
@Timeout(value = 90, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class EmbeddedStoreIntegrationTests {

	private static final int DOCUMENTS = 200;

	@TempDir
	Path dataDirectory;

	@Test
	void survivesKillMinusNineAfterAcknowledgedWrites() throws Exception {
		try (StoreProcess store = StoreProcess.start(this.dataDirectory)) {
			try (MongoClient client = TestClients.connect(store.awaitReady())) {
				MongoCollection<Document> abstracts = abstracts(client);
				for (int i = 0; i < DOCUMENTS; i++) {
					abstracts.insertOne(new Document("_id", i).append("title", "Abstract " + i)
						.append("status", "SUBMITTED")
						.append("version", 1));
				}
				for (int i = 0; i < DOCUMENTS; i += 10) {
					abstracts.updateOne(eq("_id", i), combine(set("status", "ACCEPTED"), inc("version", 1)));
				}
				abstracts.deleteOne(eq("_id", DOCUMENTS - 1));
				// the last write was acknowledged an instant ago: kill before the store's
				// once-a-second background commit can come along
				store.kill();
			}
		}

		try (StoreProcess store = StoreProcess.start(this.dataDirectory);
				MongoClient client = TestClients.connect(store.awaitReady())) {
			MongoCollection<Document> abstracts = abstracts(client);
			List<Document> stored = abstracts.find().sort(new Document("_id", 1)).into(new ArrayList<>());
			assertThat(stored).hasSize(DOCUMENTS - 1);
			for (int i = 0; i < DOCUMENTS - 1; i++) {
				boolean updated = i % 10 == 0;
				assertThat(stored.get(i)).isEqualTo(new Document("_id", i).append("title", "Abstract " + i)
					.append("status", updated ? "ACCEPTED" : "SUBMITTED")
					.append("version", updated ? 2 : 1));
			}
		}
	}

	@Test
	void gracefulStopKeepsDataAndReleasesTheDataDirectory() throws Exception {
		try (StoreProcess store = StoreProcess.start(this.dataDirectory)) {
			try (MongoClient client = TestClients.connect(store.awaitReady())) {
				abstracts(client).insertOne(new Document("_id", "kept").append("title", "Stopped politely"));
			}
			store.stop();
			assertThat(store.output()).doesNotContain("Exception");
		}
		try (StoreProcess store = StoreProcess.start(this.dataDirectory);
				MongoClient client = TestClients.connect(store.awaitReady())) {
			assertThat(abstracts(client).find(eq("_id", "kept")).first()).containsEntry("title", "Stopped politely");
		}
	}

	@Test
	void refusesASecondStoreProcessOnTheSameDataDirectory() throws Exception {
		try (StoreProcess first = StoreProcess.start(this.dataDirectory)) {
			String connectionString = first.awaitReady();
			try (StoreProcess second = StoreProcess.start(this.dataDirectory)) {
				assertThat(second.awaitExit()).isEqualTo(EmbeddedStoreApplication.EXIT_STARTUP_FAILED);
				assertThat(second.output()).contains("data directory " + this.dataDirectory.toRealPath()
						+ " is already in use by another store process");
			}
			try (MongoClient client = TestClients.connect(connectionString)) {
				abstracts(client).insertOne(new Document("_id", "still-served"));
				assertThat(abstracts(client).countDocuments()).isOne();
			}
		}
	}

	@Test
	void rejectsInvalidArgumentsWithExitCodeTwo() throws Exception {
		try (StoreProcess store = StoreProcess.start("--port=not-a-port")) {
			assertThat(store.awaitExit()).isEqualTo(EmbeddedStoreApplication.EXIT_INVALID_ARGUMENTS);
			assertThat(store.output()).contains("--port must be a port number from 0 to 65535, not 'not-a-port'")
				.contains("Usage:");
		}
	}

	private static MongoCollection<Document> abstracts(MongoClient client) {
		return client.getDatabase("symposium").getCollection("abstracts");
	}

}
