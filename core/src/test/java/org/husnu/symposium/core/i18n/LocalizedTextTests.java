package org.husnu.symposium.core.i18n;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class LocalizedTextTests {

	@Test
	void fallsBackToEnglishWhereATranslationIsMissing() {
		LocalizedText text = LocalizedText.of(" Surgical support ", "手術支援", " ");
		assertThat(text.in(Language.EN)).isEqualTo("Surgical support");
		assertThat(text.in(Language.JA)).isEqualTo("手術支援");
		assertThat(text.in(Language.KO)).isEqualTo("Surgical support");
	}

	@Test
	void requiresEnglish() {
		assertThatIllegalArgumentException().isThrownBy(() -> LocalizedText.of(" ", "手術支援", "수술 지원"));
	}

	@Test
	void picksTheLanguageOfALocaleAndEnglishOtherwise() {
		assertThat(Language.of(Locale.JAPAN)).isEqualTo(Language.JA);
		assertThat(Language.of(Locale.forLanguageTag("ko-KR"))).isEqualTo(Language.KO);
		assertThat(Language.of(Locale.GERMAN)).isEqualTo(Language.EN);
		assertThat(Language.of(null)).isEqualTo(Language.EN);
	}

}
