package org.husnu.symposium.submission.accounts;

import java.time.Instant;
import java.util.UUID;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.UuidRepresentation;
import org.husnu.symposium.core.accounts.ApiToken;
import org.husnu.symposium.store.EmbeddedStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.mongodb.core.MongoTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The queries of {@link ApiTokenStore} against the embedded store.
 */
class ApiTokenStoreIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

	private final EmbeddedStore store = EmbeddedStore.inMemory();

	private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
		.applyConnectionString(new ConnectionString(this.store.connectionString()))
		.uuidRepresentation(UuidRepresentation.STANDARD)
		.build());

	private final ApiTokenStore tokens = new ApiTokenStore(new MongoTemplate(this.client, "symposium"));

	@AfterEach
	void close() {
		this.client.close();
		this.store.close();
	}

	@Test
	void listsAPersonsTokensNewestFirst() {
		UUID owner = UUID.randomUUID();
		ApiToken older = token(owner, "older", NOW);
		ApiToken newer = token(owner, "newer", NOW.plusSeconds(60));
		this.tokens.insert(older);
		this.tokens.insert(newer);
		this.tokens.insert(token(UUID.randomUUID(), "someone else's", NOW));

		assertThat(this.tokens.ofAccount(owner)).extracting(ApiToken::name).containsExactly("newer", "older");
		assertThat(this.tokens.findById(older.id())).contains(older);
	}

	@Test
	void revokesEveryActiveTokenOfOnePersonOnce() {
		UUID owner = UUID.randomUUID();
		ApiToken revoked = token(owner, "revoked", NOW).revokedAt(NOW);
		this.tokens.insert(revoked);
		this.tokens.insert(token(owner, "a", NOW));
		this.tokens.insert(token(owner, "b", NOW));
		ApiToken other = token(UUID.randomUUID(), "other", NOW);
		this.tokens.insert(other);

		Instant later = NOW.plusSeconds(3600);
		assertThat(this.tokens.revokeAll(owner, later)).isEqualTo(2);
		assertThat(this.tokens.revokeAll(owner, later)).isZero();

		assertThat(this.tokens.ofAccount(owner)).allSatisfy((token) -> assertThat(token.revokedAt()).isNotNull());
		assertThat(this.tokens.findById(revoked.id()).orElseThrow().revokedAt()).isEqualTo(NOW);
		assertThat(this.tokens.findById(other.id()).orElseThrow().revokedAt()).isNull();
	}

	private static ApiToken token(UUID owner, String name, Instant createdAt) {
		return new ApiToken(UUID.randomUUID(), UUID.randomUUID().toString(), owner, name, "hsn_", createdAt,
				createdAt.plusSeconds(86_400), null);
	}

}
