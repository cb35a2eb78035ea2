package org.husnu.symposium.submission.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.husnu.symposium.core.accounts.ApiToken;

import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/**
 * The personal API tokens submission-service creates and revokes. A named class rather
 * than a repository because "revoke every active token" is one atomic multi-document
 * update. Authentication reads tokens in the platform.
 */
@Component
class ApiTokenStore {

	static final String ACCOUNT_ID = "accountId";

	static final String CREATED_AT = "createdAt";

	static final String REVOKED_AT = "revokedAt";

	private final MongoOperations mongo;

	ApiTokenStore(MongoOperations mongo) {
		this.mongo = mongo;
	}

	void insert(ApiToken token) {
		this.mongo.insert(token);
	}

	Optional<ApiToken> findById(UUID id) {
		return Optional.ofNullable(this.mongo.findById(id, ApiToken.class));
	}

	/**
	 * A person's tokens, newest first, revoked and expired ones included.
	 * @param accountId the owner
	 * @return the tokens
	 */
	List<ApiToken> ofAccount(UUID accountId) {
		return this.mongo.find(
				Query.query(Criteria.where(ACCOUNT_ID).is(accountId)).with(Sort.by(Sort.Direction.DESC, CREATED_AT)),
				ApiToken.class);
	}

	void save(ApiToken token) {
		this.mongo.save(token);
	}

	/**
	 * Revokes every token of a person that is not revoked yet, in one update.
	 * @param accountId the owner
	 * @param at the revocation time
	 * @return how many were revoked
	 */
	long revokeAll(UUID accountId, Instant at) {
		return this.mongo
			.updateMulti(Query.query(Criteria.where(ACCOUNT_ID).is(accountId).and(REVOKED_AT).isNull()),
					new Update().set(REVOKED_AT, at), ApiToken.class)
			.getModifiedCount();
	}

}
