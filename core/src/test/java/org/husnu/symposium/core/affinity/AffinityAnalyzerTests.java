package org.husnu.symposium.core.affinity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AffinityAnalyzerTests {

	private final AffinityAnalyzer analyzer = AffinityAnalyzer.shared();

	@Test
	void englishIsStemmedAndStopWordsAreDropped() {
		assertThat(terms("The proposed methods predict sepsis using learned models")).containsExactly("predict",
				"sepsi", "learn", "model");
	}

	@Test
	void japaneseIsSegmentedToBaseForms() {
		assertThat(terms("深層学習を用いた予測")).contains("深層", "学習", "用いる", "予測").doesNotContain("を", "た");
	}

	@Test
	void koreanIsSegmentedWithoutParticles() {
		assertThat(terms("딥러닝을 이용한 패혈증 예측")).contains("딥", "러닝", "이용", "예측").doesNotContain("을");
	}

	@Test
	void latinWordsInJapaneseTextAreAnalysedAsEnglish() {
		assertThat(terms("胸部CT画像")).containsExactly("胸部", "ct", "画像");
	}

	@Test
	void theSameConceptIsFoundInAllThreeLanguages() {
		long concept = AffinityAnalyzer.conceptId("deep_learning");
		assertThat(this.analyzer.analyse("Deep learning for sepsis").indexOf(concept)).isNotNegative();
		assertThat(this.analyzer.analyse("深層学習による敗血症予測").indexOf(concept)).isNotNegative();
		assertThat(this.analyzer.analyse("딥러닝 기반 패혈증 예측").indexOf(concept)).isNotNegative();
		long sepsis = AffinityAnalyzer.conceptId("sepsis");
		assertThat(this.analyzer.analyse("딥러닝 기반 패혈증 예측").indexOf(sepsis)).isNotNegative();
	}

	@Test
	void aPhraseBrokenByAStopWordIsNotAConcept() {
		assertThat(this.analyzer.analyse("cancer of the lung").indexOf(AffinityAnalyzer.conceptId("lung_cancer")))
			.isNegative();
		assertThat(this.analyzer.analyse("lung cancer").indexOf(AffinityAnalyzer.conceptId("lung_cancer")))
			.isNotNegative();
	}

	@Test
	void termsKeepTheirFirstSurfaceFormForDisplay() {
		AnalysedText text = this.analyzer.analyse("Learning to rank; learned rankings");
		assertThat(text.display(text.indexOf(AffinityAnalyzer.wordId("learn")))).isEqualTo("Learning");
	}

	@Test
	void blankTextHasNoTerms() {
		assertThat(this.analyzer.analyse("  ").size()).isZero();
		assertThat(this.analyzer.analyse(null).size()).isZero();
	}

	private List<String> terms(String text) {
		return this.analyzer.tokens(text).stream().map(LanguageAnalyzers.Token::term).toList();
	}

}
