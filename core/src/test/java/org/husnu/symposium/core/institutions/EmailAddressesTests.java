package org.husnu.symposium.core.institutions;

import org.husnu.symposium.core.DomainRuleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class EmailAddressesTests {

	@Test
	void normalisesCaseAndWhitespace() {
		assertThat(EmailAddresses.normalize("  Aiko.Sato@Med.Hokudai.AC.jp ")).isEqualTo("aiko.sato@med.hokudai.ac.jp");
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "aiko", "aiko@", "@hokudai.ac.jp", "a@b@hokudai.ac.jp", "aiko@hokudai",
			"aiko@hokudai..ac.jp", "a..b@hokudai.ac.jp", "aiko @hokudai.ac.jp" })
	void rejectsWhatIsNotAnAddress(String candidate) {
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> EmailAddresses.normalize(candidate))
			.withMessageContaining("is not an e-mail address");
	}

	@Test
	void acceptsDomainAndSubdomains() {
		assertThat(EmailAddresses.belongsTo("a@hokudai.ac.jp", "hokudai.ac.jp")).isTrue();
		assertThat(EmailAddresses.belongsTo("a@med.hokudai.ac.jp", "hokudai.ac.jp")).isTrue();
		assertThat(EmailAddresses.belongsTo("a@x.y.snuh.org", "snuh.org")).isTrue();
	}

	@Test
	void rejectsLookalikeDomains() {
		assertThat(EmailAddresses.belongsTo("a@nothokudai.ac.jp", "hokudai.ac.jp")).isFalse();
		assertThat(EmailAddresses.belongsTo("a@hokudai.ac.jp.evil.example", "hokudai.ac.jp")).isFalse();
		assertThat(EmailAddresses.belongsTo("a@snu.ac.kr.example.com", "snu.ac.kr")).isFalse();
	}

	@Test
	void normalisesDomainsAsChairsTypeThem() {
		assertThat(EmailAddresses.normalizeDomain(" @Hokudai.AC.jp")).isEqualTo("hokudai.ac.jp");
		assertThat(EmailAddresses.normalizeDomain(".snu.ac.kr")).isEqualTo("snu.ac.kr");
		assertThatExceptionOfType(DomainRuleException.class).isThrownBy(() -> EmailAddresses.normalizeDomain("snu"))
			.withMessageContaining("hokudai.ac.jp");
	}

	@Test
	void seededInstitutionsRecogniseTheirMembers() {
		assertThat(Institutions.byVerifiedDomain(Institutions.seed(), "kim@snuh.org")).get()
			.extracting(Institution::code)
			.isEqualTo(Institutions.SNU);
		assertThat(Institutions.byVerifiedDomain(Institutions.seed(), "sato@eng.hokudai.ac.jp")).get()
			.extracting(Institution::code)
			.isEqualTo(Institutions.HU);
		assertThat(Institutions.byVerifiedDomain(Institutions.seed(), "someone@gmail.com")).isEmpty();
		assertThat(Institutions.byVerifiedDomain(Institutions.seed(), "not an address")).isEmpty();
	}

	@Test
	void addingADomainTwiceKeepsOneCopy() {
		Institution hu = Institutions.seed().get(0).withDomain("HOKUDAI.ac.jp").withDomain("frontier.hokudai.ac.jp");
		assertThat(hu.emailDomains()).containsExactly("hokudai.ac.jp", "frontier.hokudai.ac.jp");
	}

}
