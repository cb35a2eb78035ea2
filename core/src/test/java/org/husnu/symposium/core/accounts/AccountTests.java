package org.husnu.symposium.core.accounts;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import org.husnu.symposium.core.DomainRuleException;
import org.husnu.symposium.core.i18n.Language;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class AccountTests {

	@Test
	void newAuthorHasNormalisedAddressAndAnIncompleteProfile() {
		Account account = Account.newAuthor(" Sato@MED.hokudai.ac.jp ", "HU", Instant.EPOCH);
		assertThat(account.email()).isEqualTo("sato@med.hokudai.ac.jp");
		assertThat(account.roles()).containsExactly(Role.AUTHOR);
		assertThat(account.language()).isEqualTo(Language.EN);
		assertThat(account.isProfileComplete()).isFalse();
	}

	@Test
	void profileIsCompleteWithNameInstitutionAndPosition() {
		Account account = new Account(UUID.randomUUID(), "kim@snu.ac.kr", "Minjun Kim", "SNU", " ", Position.STUDENT,
				Language.KO, Set.of(Role.AUTHOR), Instant.EPOCH, null);
		assertThat(account.isProfileComplete()).isTrue();
		assertThat(account.department()).isNull();
	}

	@Test
	void grantsAndRevokesRolesButNeverTheLastOne() {
		Account author = Account.newAuthor("kim@snu.ac.kr", "SNU", Instant.EPOCH);
		Account chair = author.grant(Role.CHAIR);
		assertThat(chair.roles()).containsExactlyInAnyOrder(Role.AUTHOR, Role.CHAIR);
		assertThat(chair.revoke(Role.AUTHOR).roles()).containsExactly(Role.CHAIR);
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> author.revoke(Role.AUTHOR))
			.withMessageContaining("last role of kim@snu.ac.kr");
	}

}
