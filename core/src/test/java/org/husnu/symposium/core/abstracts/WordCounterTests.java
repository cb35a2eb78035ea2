package org.husnu.symposium.core.abstracts;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class WordCounterTests {

	@Test
	void countsEnglishWordsIgnoringPunctuation() {
		assertThat(WordCounter.count("Deep learning, for perioperative signals: 12 cases!")).isEqualTo(7);
	}

	@Test
	void countsKoreanWordsSeparatedBySpaces() {
		assertThat(WordCounter.count("수술 중 생체신호 분석")).isEqualTo(4);
	}

	@Test
	void segmentsJapaneseTextWithoutSpacesIntoSeveralWords() {
		int words = WordCounter.count("深層学習による画像診断支援の研究");
		assertThat(words).isGreaterThan(3).isLessThan(16);
	}

	@Test
	void countsNothingInBlankText() {
		assertThat(WordCounter.count(null)).isZero();
		assertThat(WordCounter.count(" \n\t ")).isZero();
		assertThat(WordCounter.count("— … ・")).isZero();
	}

}
