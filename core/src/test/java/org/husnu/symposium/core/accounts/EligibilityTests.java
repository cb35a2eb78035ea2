package org.husnu.symposium.core.accounts;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.husnu.symposium.core.accounts.Eligibility.Source;
import org.husnu.symposium.core.institutions.Institution;
import org.husnu.symposium.core.institutions.Institutions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EligibilityTests {

	private final List<Institution> institutions = Institutions.seed();

	@Test
	void verifiedDomainsAndTheirSubdomainsAreEligible() {
		assertThat(Eligibility.of("aiko@med.hokudai.ac.jp", Optional.empty(), this.institutions))
			.satisfies((eligibility) -> {
				assertThat(eligibility.eligible()).isTrue();
				assertThat(eligibility.source()).isEqualTo(Source.VERIFIED_DOMAIN);
				assertThat(eligibility.institution()).isEqualTo("HU");
			});
		assertThat(Eligibility.of("kim@snuh.org", Optional.empty(), this.institutions).institution()).isEqualTo("SNU");
	}

	@Test
	void lookAlikeAndForeignDomainsAreNotEligible() {
		assertThat(Eligibility.of("eve@nothokudai.ac.jp", Optional.empty(), this.institutions).eligible()).isFalse();
		assertThat(Eligibility.of("eve@gmail.com", Optional.empty(), this.institutions).eligible()).isFalse();
		assertThat(Eligibility.of("not an address", Optional.empty(), this.institutions).eligible()).isFalse();
	}

	@Test
	void preRegisteredAddressesAreEligibleWithTheirRegisteredDetails() {
		PreRegistration entry = new PreRegistration("guest@gmail.com", "Guest Researcher", "SNU", Position.STUDENT,
				Instant.now(), null);
		Eligibility eligibility = Eligibility.of("Guest@Gmail.com", Optional.of(entry), this.institutions);
		assertThat(eligibility.eligible()).isTrue();
		assertThat(eligibility.source()).isEqualTo(Source.PRE_REGISTRATION);
		assertThat(eligibility.name()).isEqualTo("Guest Researcher");
		assertThat(eligibility.position()).isEqualTo(Position.STUDENT);
	}

}
