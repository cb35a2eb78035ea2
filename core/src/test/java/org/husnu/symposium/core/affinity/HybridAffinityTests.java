package org.husnu.symposium.core.affinity;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

class HybridAffinityTests {

	private static final float[] X = { 1, 0 };

	private static final float[] Y = { 0, 1 };

	private static final float[] DIAGONAL = { 0.6f, 0.8f };

	@Test
	void mixesTheLexicalScoreWithTheMeanOfTheBestCosines() {
		HybridAffinity hybrid = new HybridAffinity(0.5, 2, 0);

		double score = hybrid.score(0.2, X, new float[][] { Y, X, DIAGONAL });

		// best two cosines 1.0 and 0.6
		assertThat(score).isCloseTo(0.5 * 0.2 + 0.5 * 0.8, within(1e-6));
	}

	@Test
	void leavesTheLexicalScoreAloneWhereTheEmbeddingHasNothingToSay() {
		HybridAffinity hybrid = HybridAffinity.CHOSEN;

		assertThat(hybrid.score(0.3, null, new float[][] { X })).isEqualTo(0.3);
		assertThat(hybrid.score(0.3, X, new float[][] { null, null })).isEqualTo(0.3);
		assertThat(hybrid.score(0.3, X, new float[0][])).isEqualTo(0.3);
	}

	@Test
	void skipsPapersWithoutAVectorAndAveragesFewerWhenThereAreFewer() {
		HybridAffinity hybrid = new HybridAffinity(0, 3, 0);

		assertThat(hybrid.score(0.9, X, new float[][] { null, DIAGONAL })).isCloseTo(0.6, within(1e-6));
	}

	@Test
	void countsCosinesFromTheFloorSoThatUnrelatedTextsAddNothing() {
		HybridAffinity hybrid = new HybridAffinity(0, 1, 0.5);

		assertThat(hybrid.score(0.2, X, new float[][] { DIAGONAL })).isCloseTo(0.2, within(1e-6));
		assertThat(hybrid.score(0.2, X, new float[][] { { 0.3f, 0.95393920f } })).isZero();
	}

	@Test
	void keepsScoresBetweenZeroAndOne() {
		HybridAffinity hybrid = new HybridAffinity(0.5, 1, 0);

		assertThat(hybrid.score(0, X, new float[][] { { -1, 0 } })).isZero();
	}

	@Test
	void ranksReviewersByTheMixAndGivesTheSameBitsEveryTime() {
		List<float[][]> papers = List.of(new float[][] { Y }, new float[][] { X, DIAGONAL },
				new float[][] { DIAGONAL });

		double[] first = HybridAffinity.CHOSEN.scores(new double[] { 0.1, 0.1, 0.1 }, X, papers);
		double[] second = HybridAffinity.CHOSEN.scores(new double[] { 0.1, 0.1, 0.1 }, X, papers);

		assertThat(first[1]).isGreaterThan(first[2]);
		assertThat(first[2]).isGreaterThan(first[0]);
		assertThat(second).containsExactly(first);
	}

	@Test
	void namesTheClosestPapersAboveTheFloorBestFirst() {
		HybridAffinity hybrid = new HybridAffinity(0.5, 2, 0.5);

		assertThat(hybrid.closest(X, new float[][] { Y, DIAGONAL, null, X })).containsExactly(3, 1);
		assertThat(hybrid.closest(X, new float[][] { Y })).as("below the floor explains nothing").isEmpty();
		assertThat(hybrid.closest(null, new float[][] { X })).isEmpty();
	}

	@Test
	void refusesAWeightOutsideZeroToOne() {
		assertThatIllegalArgumentException().isThrownBy(() -> new HybridAffinity(1.5, 3, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new HybridAffinity(0.5, 0, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> new HybridAffinity(0.5, 3, 1));
	}

	@Test
	void tellsMostlyEnglishTextsFromJapaneseAndKorean() {
		assertThat(AffinityLanguage.mostlyEnglish("Sepsis prediction with deep learning (ICU)")).isTrue();
		assertThat(AffinityLanguage.mostlyEnglish("Deep learning で敗血症を予測する")).isFalse();
		assertThat(AffinityLanguage.mostlyEnglish("딥러닝을 이용한 패혈증 예측")).isFalse();
		assertThat(AffinityLanguage.mostlyEnglish("2024 — 12")).isFalse();
		assertThat(AffinityLanguage.mostlyEnglish(null)).isFalse();
	}

}
