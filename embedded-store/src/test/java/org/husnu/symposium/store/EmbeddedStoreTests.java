package org.husnu.symposium.store;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import com.mongodb.ErrorCategory;
import com.mongodb.MongoWriteException;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoCollection;
import com.mongodb.client.gridfs.GridFSBucket;
import com.mongodb.client.gridfs.GridFSBuckets;
import com.mongodb.client.gridfs.model.GridFSUploadOptions;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.ReturnDocument;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.Timeout.ThreadMode;
import org.junit.jupiter.api.io.TempDir;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.inc;
import static com.mongodb.client.model.Updates.set;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * What the services rely on from the store, against stores started in this JVM.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS, threadMode = ThreadMode.SEPARATE_THREAD)
class EmbeddedStoreTests {

	private static final String LOOPBACK = "127.0.0.1";

	@TempDir
	Path dataDirectory;

	@Test
	void keepsDataAcrossAGracefulCloseAndReopen() {
		try (EmbeddedStore store = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0);
				MongoClient client = TestClients.connect(store.connectionString())) {
			abstracts(client).insertOne(new Document("_id", "a1").append("title", "Federated learning in radiology"));
		}
		assertThat(this.dataDirectory.resolve(EmbeddedStore.DATA_FILE_NAME)).isNotEmptyFile();

		try (EmbeddedStore store = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0);
				MongoClient client = TestClients.connect(store.connectionString())) {
			assertThat(abstracts(client).find(eq("_id", "a1")).first()).containsEntry("title",
					"Federated learning in radiology");
		}
	}

	@Test
	void keepsDataWrittenWithFsyncPerWrite() {
		try (EmbeddedStore store = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0, true);
				MongoClient client = TestClients.connect(store.connectionString())) {
			abstracts(client).insertOne(new Document("_id", "synced"));
			abstracts(client).updateOne(eq("_id", "synced"), set("status", "SUBMITTED"));
		}
		try (EmbeddedStore store = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0);
				MongoClient client = TestClients.connect(store.connectionString())) {
			assertThat(abstracts(client).find(eq("_id", "synced")).first()).containsEntry("status", "SUBMITTED");
		}
	}

	@Test
	void createsAMissingDataDirectory() throws Exception {
		Path nested = this.dataDirectory.resolve("not").resolve("there");
		try (EmbeddedStore store = EmbeddedStore.persistent(nested, LOOPBACK, 0)) {
			assertThat(store.dataDirectory()).contains(nested.toRealPath());
			assertThat(nested.resolve(EmbeddedStore.DATA_FILE_NAME)).exists();
		}
	}

	@Test
	void enforcesAUniqueIndexAlsoAfterARestart() {
		try (EmbeddedStore store = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0);
				MongoClient client = TestClients.connect(store.connectionString())) {
			MongoCollection<Document> reviewers = reviewers(client);
			reviewers.createIndex(Indexes.ascending("email"), new IndexOptions().unique(true));
			reviewers.insertOne(new Document("email", "kim@snu.ac.kr"));
			assertDuplicateKey(reviewers, new Document("email", "kim@snu.ac.kr"));
		}
		try (EmbeddedStore store = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0);
				MongoClient client = TestClients.connect(store.connectionString())) {
			MongoCollection<Document> reviewers = reviewers(client);
			assertDuplicateKey(reviewers, new Document("email", "kim@snu.ac.kr"));
			reviewers.insertOne(new Document("email", "yilmaz@hacettepe.edu.tr"));
			assertThat(reviewers.countDocuments()).isEqualTo(2);
		}
	}

	@Test
	void roundTripsAFileThroughGridFsAcrossARestart() throws Exception {
		// several chunks of the default 255 KiB, the last one partial
		byte[] pdf = new byte[600_000];
		new Random(42).nextBytes(pdf);
		ObjectId id;
		try (EmbeddedStore store = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0);
				MongoClient client = TestClients.connect(store.connectionString())) {
			id = bucket(client).uploadFromStream("abstract-17.pdf", new ByteArrayInputStream(pdf),
					new GridFSUploadOptions().metadata(new Document("contentType", "application/pdf")));
		}
		try (EmbeddedStore store = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0);
				MongoClient client = TestClients.connect(store.connectionString())) {
			GridFSBucket bucket = bucket(client);
			ByteArrayOutputStream downloaded = new ByteArrayOutputStream();
			bucket.downloadToStream(id, downloaded);
			assertThat(downloaded.toByteArray()).isEqualTo(pdf);
			Document metadata = bucket.find(eq("filename", "abstract-17.pdf")).first().getMetadata();
			assertThat(metadata).containsEntry("contentType", "application/pdf");
			bucket.delete(id);
			assertThat(bucket.find().first()).isNull();
		}
	}

	@Test
	void findOneAndUpdateAppliesOnlyWhileTheVersionStillMatches() {
		try (EmbeddedStore store = EmbeddedStore.inMemory();
				MongoClient client = TestClients.connect(store.connectionString())) {
			MongoCollection<Document> abstracts = abstracts(client);
			abstracts.insertOne(new Document("_id", "a1").append("status", "SUBMITTED").append("version", 1));
			Bson decideAccepted = combine(set("status", "ACCEPTED"), inc("version", 1));
			FindOneAndUpdateOptions returnAfter = new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

			Document first = abstracts.findOneAndUpdate(and(eq("_id", "a1"), eq("version", 1)), decideAccepted,
					returnAfter);
			Document stale = abstracts.findOneAndUpdate(and(eq("_id", "a1"), eq("version", 1)),
					set("status", "REJECTED"), returnAfter);

			assertThat(first).containsEntry("status", "ACCEPTED").containsEntry("version", 2);
			assertThat(stale).isNull();
			assertThat(abstracts.find(eq("_id", "a1")).first()).containsEntry("status", "ACCEPTED");
		}
	}

	@Test
	void refusesASecondStoreOnTheSameDataDirectory() throws Exception {
		try (EmbeddedStore first = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0)) {
			assertThatExceptionOfType(StoreStartupException.class)
				.isThrownBy(() -> EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0))
				.withMessage("data directory " + this.dataDirectory.toRealPath()
						+ " is already in use by another store in this process");
			try (MongoClient client = TestClients.connect(first.connectionString())) {
				abstracts(client).insertOne(new Document("_id", "still-served"));
			}
		}
		try (EmbeddedStore reopened = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0);
				MongoClient client = TestClients.connect(reopened.connectionString())) {
			assertThat(abstracts(client).countDocuments()).isOne();
		}
	}

	@Test
	void reportsATakenPortAndReleasesTheDataDirectory() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName(LOOPBACK))) {
			int port = taken.getLocalPort();
			assertThatExceptionOfType(StoreStartupException.class)
				.isThrownBy(() -> EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, port))
				.withMessage("port " + port + " on " + LOOPBACK + " is already in use");
		}
		try (EmbeddedStore store = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0);
				MongoClient client = TestClients.connect(store.connectionString())) {
			abstracts(client).insertOne(new Document("_id", "after-failed-start"));
		}
	}

	@Test
	void inMemoryStoreListensOnAFreeLoopbackPortWithWireVersionEight() {
		try (EmbeddedStore store = EmbeddedStore.inMemory();
				MongoClient client = TestClients.connect(store.connectionString())) {
			assertThat(store.connectionString()).isEqualTo("mongodb://127.0.0.1:" + store.port());
			assertThat(store.port()).isPositive().isNotEqualTo(EmbeddedStore.DEFAULT_PORT);
			assertThat(store.dataDirectory()).isEmpty();
			Document hello = client.getDatabase("admin").runCommand(new Document("isMaster", 1));
			assertThat(hello.getInteger("maxWireVersion")).isEqualTo(8);
		}
	}

	@Test
	void answersTheHelloHandshakeAsAWritablePrimary() {
		try (EmbeddedStore store = EmbeddedStore.inMemory();
				MongoClient client = TestClients.connect(store.connectionString())) {
			for (String database : new String[] { "admin", "symposium" }) {
				Document hello = client.getDatabase(database).runCommand(new Document("hello", 1));
				assertThat(hello.getBoolean("isWritablePrimary")).isTrue();
				assertThat(hello.getInteger("maxWireVersion")).isEqualTo(8);
				assertThat(hello.get("ok", Number.class).intValue()).isEqualTo(1);
			}
		}
	}

	@Test
	void closingTwiceIsHarmless() {
		EmbeddedStore store = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0);
		store.close();
		store.close();
		try (EmbeddedStore reopened = EmbeddedStore.persistent(this.dataDirectory, LOOPBACK, 0)) {
			assertThat(reopened.port()).isPositive();
		}
	}

	private static void assertDuplicateKey(MongoCollection<Document> collection, Document document) {
		assertThatExceptionOfType(MongoWriteException.class).isThrownBy(() -> collection.insertOne(document))
			.satisfies((ex) -> assertThat(ex.getError().getCategory()).isEqualTo(ErrorCategory.DUPLICATE_KEY));
	}

	private static MongoCollection<Document> abstracts(MongoClient client) {
		return client.getDatabase("symposium").getCollection("abstracts");
	}

	private static MongoCollection<Document> reviewers(MongoClient client) {
		return client.getDatabase("symposium").getCollection("reviewers");
	}

	private static GridFSBucket bucket(MongoClient client) {
		return GridFSBuckets.create(client.getDatabase("symposium"), "files");
	}

}
