package org.husnu.symposium.core.store;

import java.net.InetSocketAddress;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import org.bson.UuidRepresentation;

import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * An in-memory MongoDB-wire server for core's own tests (core cannot use test-support,
 * which depends on core).
 */
final class MongoTestStore implements AutoCloseable {

	private final MongoServer server;

	private final MongoClient client;

	private final MongoTemplate template;

	MongoTestStore() {
		this.server = new MongoServer(new MemoryBackend());
		InetSocketAddress address = this.server.bind();
		this.client = MongoClients.create(MongoClientSettings.builder()
			.applyConnectionString(new ConnectionString("mongodb://127.0.0.1:" + address.getPort()))
			.uuidRepresentation(UuidRepresentation.STANDARD)
			.build());
		this.template = new MongoTemplate(this.client, "symposium");
	}

	MongoTemplate template() {
		return this.template;
	}

	@Override
	public void close() {
		this.client.close();
		this.server.shutdownNow();
	}

}
