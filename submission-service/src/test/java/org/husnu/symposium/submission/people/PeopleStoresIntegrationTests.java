package org.husnu.symposium.submission.people;

import java.time.Instant;
import java.util.EnumSet;
import java.util.UUID;

import com.mongodb.ConnectionString;
import com.mongodb.MongoClientSettings;
import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import org.bson.UuidRepresentation;
import org.husnu.symposium.core.accounts.Account;
import org.husnu.symposium.core.accounts.Position;
import org.husnu.symposium.core.accounts.PreRegistration;
import org.husnu.symposium.core.accounts.Role;
import org.husnu.symposium.core.i18n.Language;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.institutions.Institutions;
import org.husnu.symposium.core.store.ReferenceDataSeeder;
import org.husnu.symposium.store.EmbeddedStore;
import org.husnu.symposium.submission.accounts.AccountRepository;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.repository.support.MongoRepositoryFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The derived queries of the people and accounts stores against the embedded store,
 * without an application context: the repositories are made by Spring Data's factory
 * exactly as the service makes them.
 */
class PeopleStoresIntegrationTests {

	private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

	private final EmbeddedStore store = EmbeddedStore.inMemory();

	private final MongoClient client = MongoClients.create(MongoClientSettings.builder()
		.applyConnectionString(new ConnectionString(this.store.connectionString()))
		.uuidRepresentation(UuidRepresentation.STANDARD)
		.build());

	private final MongoTemplate mongo = new MongoTemplate(this.client, "symposium");

	private final MongoRepositoryFactory repositories = new MongoRepositoryFactory(this.mongo);

	private final PreRegistrationRepository preRegistrations = this.repositories
		.getRepository(PreRegistrationRepository.class);

	private final AccountRepository accounts = this.repositories.getRepository(AccountRepository.class);

	private final InstitutionRepository institutions = this.repositories.getRepository(InstitutionRepository.class);

	@AfterEach
	void close() {
		this.client.close();
		this.store.close();
	}

	@Test
	void listsPreRegistrationsByAddressAndRemovesOneByItsAddress() {
		this.preRegistrations.insert(entry("yamada@hokudai.ac.jp"));
		this.preRegistrations.insert(entry("lee@snu.ac.kr"));
		this.preRegistrations.insert(entry("choi@snuh.org"));

		assertThat(this.preRegistrations.findAllByOrderByEmailAsc()).extracting(PreRegistration::email)
			.containsExactly("choi@snuh.org", "lee@snu.ac.kr", "yamada@hokudai.ac.jp");
		assertThat(this.preRegistrations.deleteByEmail("lee@snu.ac.kr")).isOne();
		assertThat(this.preRegistrations.deleteByEmail("lee@snu.ac.kr")).isZero();
		assertThat(this.preRegistrations.findById("lee@snu.ac.kr")).isEmpty();
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.preRegistrations.insert(entry("choi@snuh.org")));
	}

	@Test
	void countsAccountsByRoleAndRefusesASecondAccountForAnAddress() {
		new ReferenceDataSeeder(this.mongo).ensureIndexes();
		this.accounts.insert(account("b@hokudai.ac.jp", EnumSet.of(Role.AUTHOR, Role.CHAIR)));
		this.accounts.insert(account("a@snu.ac.kr", EnumSet.of(Role.CHAIR)));
		this.accounts.insert(account("c@hokudai.ac.jp", EnumSet.of(Role.REVIEWER)));

		assertThat(this.accounts.countByRoles(Role.CHAIR)).isEqualTo(2);
		assertThat(this.accounts.countByRoles(Role.ADMIN)).isZero();
		assertThat(this.accounts.findAllByOrderByEmailAsc()).extracting(Account::email)
			.containsExactly("a@snu.ac.kr", "b@hokudai.ac.jp", "c@hokudai.ac.jp");
		assertThatExceptionOfType(DuplicateKeyException.class)
			.isThrownBy(() -> this.accounts.insert(account("B@hokudai.ac.jp", EnumSet.of(Role.AUTHOR))));
	}

	@Test
	void savesAnInstitutionsNewDomain() {
		Institutions.seed().forEach(this.mongo::insert);
		Institution hu = this.institutions.findById("HU").orElseThrow();

		this.institutions.save(hu.withDomain("frontier.example.ac.jp"));

		assertThat(this.institutions.findById("HU").orElseThrow().emailDomains()).contains("frontier.example.ac.jp");
		assertThat(this.institutions.findById("KYOTO")).isEmpty();
	}

	private static PreRegistration entry(String email) {
		return new PreRegistration(email, "Name of " + email, "HU", Position.FACULTY, NOW, null);
	}

	private static Account account(String email, EnumSet<Role> roles) {
		return new Account(UUID.randomUUID(), email, null, "HU", null, null, Language.EN, roles, NOW, null);
	}

}
